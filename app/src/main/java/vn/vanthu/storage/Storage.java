package vn.vanthu.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;

/**
 * Lets files in and out. A file is checked while it streams in (size, then type by content), hashed, and kept once
 * under its SHA-256; nothing about a refused file stays behind.
 */
@Service
public class Storage {

    private static final int BUFFER = 64 * 1024;
    /** Files up to this size are checked, hashed and written from memory. */
    private static final int IN_MEMORY = 1024 * 1024;

    private final FileStore store;
    private final JdbcClient jdbc;
    private final long maxFileSize;
    private final Path scratch;

    Storage(FileStore store, JdbcClient jdbc, StorageProperties properties) throws IOException {
        this.store = store;
        this.jdbc = jdbc;
        this.maxFileSize = properties.maxFileSize().toBytes();
        this.scratch = Files.createDirectories(properties.directory().toAbsolutePath().normalize().resolve(".incoming"));
    }

    /**
     * Keeps {@code content} if it is an allowed type within the size limit.
     *
     * @param field the form field or request part it came in, for the error that names it
     */
    public StoredFile store(InputStream content, String field) {
        Path upload = null;
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // most files are a few pages: those are checked and hashed in memory and written once, in place
            byte[] head = content.readNBytes(IN_MEMORY + 1);
            if (head.length == 0) {
                throw new InvalidValue(field, "storage.file.empty");
            }
            Optional<ContentType> plain = ContentSniffer.sniffMagic(head);
            if (head.length <= IN_MEMORY && plain.isPresent()) {
                return keep(head, plain.get(), field);
            }
            upload = Files.createTempFile(scratch, "upload-", ".part");
            long size = copyWithin(new SequenceInputStream(new ByteArrayInputStream(head), content), upload, sha256,
                    field);
            ContentType type = ContentSniffer.sniff(upload)
                    .orElseThrow(() -> new InvalidValue(field, "storage.file.type-not-allowed"));
            String hash = HexFormat.of().formatHex(sha256.digest());
            store.put(hash, upload);
            return describe(hash, size, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        } finally {
            deleteQuietly(upload);
        }
    }

    /**
     * Reads a request body that is a whole file (a PDF sent as {@code application/pdf}) into memory, refusing it as
     * soon as it passes the file size limit, so that an endless body costs no more than the limit.
     *
     * @param declaredLength the body's Content-Length, or -1 when it is sent in chunks
     */
    public byte[] readWhole(InputStream content, long declaredLength, String field) {
        checkSize(declaredLength, field);
        try {
            byte[] whole = declaredLength >= 0 ? content.readNBytes((int) declaredLength)
                    : content.readNBytes((int) Math.min(maxFileSize + 1, Integer.MAX_VALUE - 8));
            checkSize(whole.length, field);
            if (whole.length == 0) {
                throw new InvalidValue(field, "storage.file.empty");
            }
            return whole;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an upload", e);
        }
    }

    /**
     * Keeps content already in memory (a file VanThu made, such as a signed PDF) without spooling it to disk first,
     * when its type shows in its first bytes; other content goes the way of {@link #store(InputStream, String)}.
     */
    public StoredFile store(byte[] content, String field) {
        Optional<ContentType> plain = ContentSniffer.sniffMagic(content);
        return plain.isPresent() ? keep(content, plain.get(), field) : store(new ByteArrayInputStream(content), field);
    }

    private StoredFile keep(byte[] content, ContentType type, String field) {
        if (content.length == 0) {
            throw new InvalidValue(field, "storage.file.empty");
        }
        checkSize(content.length, field);
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            store.put(hash, content);
            return describe(hash, content.length, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The description of content just kept; content kept before keeps the description it was first given. */
    private StoredFile describe(String hash, long size, ContentType type) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int added = jdbc.sql("""
                insert into stored_file (sha256, size, content_type, stored_at) values (?, ?, ?, ?)
                on conflict (sha256) do nothing
                """)
                .params(hash, size, type.mimeType(), now.atOffset(ZoneOffset.UTC))
                .update();
        return added == 1 ? new StoredFile(hash, size, type.mimeType(), now) : describe(hash).orElseThrow();
    }

    public Optional<StoredFile> describe(String sha256) {
        return jdbc.sql("select sha256, size, content_type, stored_at from stored_file where sha256 = ?")
                .param(sha256)
                .query((rs, row) -> new StoredFile(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The content of a stored file; the caller has checked that its reader may see it. */
    public InputStream open(String sha256) {
        try {
            return store.open(sha256);
        } catch (IOException e) {
            throw new NotFound("storage.file.not-found", sha256);
        }
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    private long copyWithin(InputStream content, Path target, MessageDigest sha256, String field) throws IOException {
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                checkSize(size, field);
                out.write(buffer, 0, read);
            }
        }
        return size;
    }

    private void checkSize(long size, String field) {
        if (size > maxFileSize) {
            throw new InvalidValue(field, "storage.file.too-large", maxFileSize / (1024 * 1024));
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray scratch file takes disk space, nothing else
        }
    }
}
