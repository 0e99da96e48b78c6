package vn.vanthu.signature;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The PKCS#12 keys opened lately, kept open for {@code vanthu.signature.key-session} as a token keeps its login.
 * Every signature still needs the holder's PIN: it is checked against a keyed hash of the PIN and of the key store it
 * opened (never the PIN itself, and the hash key lives only in this process), so only the slow derivation that opens
 * a PKCS#12 is spared when an official signs one document after another. A PIN that does not match is never answered
 * here: it goes the slow way and counts as a wrong attempt. A new PIN re-seals the key store, which ends the session.
 */
@Component
class OpenKeys {

    private static final int MAX_OPEN = 10_000;

    private final Duration session;
    private final SecretKeySpec secret;
    private final Map<UUID, Open> open = new ConcurrentHashMap<>();

    OpenKeys(SignatureSettings settings) {
        this.session = settings.keySession();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.secret = new SecretKeySpec(random, "HmacSHA256");
    }

    private record Open(byte[] proof, PrivateKey key, Instant until) {
    }

    /** The key opened with this very PIN and key store within the session, if there is one. */
    Optional<PrivateKey> key(UUID certificateId, byte[] sealed, char[] pin) {
        Open one = open.get(certificateId);
        if (one == null) {
            return Optional.empty();
        }
        if (one.until().isBefore(Instant.now())) {
            open.remove(certificateId, one);
            return Optional.empty();
        }
        return MessageDigest.isEqual(one.proof(), proof(certificateId, sealed, pin)) ? Optional.of(one.key())
                : Optional.empty();
    }

    /** Remembers a key the PIN has just opened. */
    void opened(UUID certificateId, byte[] sealed, char[] pin, PrivateKey key) {
        if (session.isZero() || session.isNegative()) {
            return;
        }
        Instant now = Instant.now();
        if (open.size() >= MAX_OPEN) {
            open.values().removeIf(one -> one.until().isBefore(now));
            if (open.size() >= MAX_OPEN) {
                open.clear();
            }
        }
        open.put(certificateId, new Open(proof(certificateId, sealed, pin), key, now.plus(session)));
    }

    private byte[] proof(UUID certificateId, byte[] sealed, char[] pin) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pin));
        byte[] pinBytes = new byte[encoded.remaining()];
        encoded.get(pinBytes);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            mac.update(certificateId.toString().getBytes(StandardCharsets.US_ASCII));
            mac.update(MessageDigest.getInstance("SHA-256").digest(sealed));
            return mac.doFinal(pinBytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HMAC-SHA256", e);
        } finally {
            Arrays.fill(pinBytes, (byte) 0);
        }
    }
}
