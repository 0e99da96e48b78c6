package vn.vanthu.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The hashes of the audit chain. A row's hash is an HMAC-SHA256, keyed with a secret held outside the database, over
 * all its fields and the previous row's hash; a row's record key is a plain SHA-256 over what happened, to recognise
 * the same event handed over twice. Every field is written with its length in front (a missing one as {@code -1}),
 * so no choice of text in one field can pass for another split of the fields.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private final SecretKeySpec key;

    ChainHash(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    String of(AuditEntry entry) {
        String canonical = canonical(Long.toString(entry.seq()), entry.occurredAt().toString(),
                entry.recordedAt().toString(), entry.actor(), entry.action(), entry.subjectType(), entry.subjectId(),
                entry.agencyCode(), entry.details(), entry.recordKey(), entry.previousHash());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    static String recordKey(AuditEntry entry) {
        String canonical = canonical(entry.occurredAt().toString(), entry.actor(), entry.action(),
                entry.subjectType(), entry.subjectId(), entry.agencyCode(), entry.details());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String canonical(@Nullable String... fields) {
        StringBuilder canonical = new StringBuilder(256);
        for (String field : fields) {
            if (field == null) {
                canonical.append("-1:;");
            } else {
                canonical.append(field.length()).append(':').append(field).append(';');
            }
        }
        return canonical.toString();
    }
}
