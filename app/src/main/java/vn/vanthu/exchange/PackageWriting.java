package vn.vanthu.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.EdxmlWriter;
import vn.vanthu.edxml.SigningKey;
import vn.vanthu.signature.SystemKey;
import vn.vanthu.signature.SystemKeys;

/**
 * Puts a package into the outbox: written and signed with the deployment's exchange key into a work file, moved
 * into the store, and recorded as due in the caller's transaction, so it goes when (and only when) that commits.
 */
@Component
class PackageWriting {

    private final PackageStore store;
    private final ExchangePackages packages;
    private final SystemKeys keys;
    private final EdxmlWriter writer;

    PackageWriting(PackageStore store, ExchangePackages packages, SystemKeys keys, ExchangeSettings settings) {
        this.store = store;
        this.packages = packages;
        this.keys = keys;
        this.writer = new EdxmlWriter(settings.directory().toAbsolutePath().normalize().resolve("work"));
    }

    /** @param peerId the system to send it to; none when no route serves the addressee (set aside at once) */
    ExchangePackage enqueue(EdxmlMessage message, PackageFacts facts, @Nullable UUID peerId) {
        UUID id = ExchangePackage.newId();
        Path file = store.workFile("out-");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                    64 * 1024), sha256)) {
                SystemKey key = keys.exchange();
                writer.write(message, new SigningKey(key.privateKey(), key.chain()), out);
            }
            long length = Files.size(file);
            store.keep(id, file);
            return packages.save(ExchangePackage.toSend(id, facts, peerId, HexFormat.of().formatHex(sha256.digest()),
                    length, Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        } finally {
            PackageStore.deleteQuietly(file);
        }
    }
}
