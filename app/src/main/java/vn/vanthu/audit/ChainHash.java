package vn.vanthu.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The hash of a row of the audit chain: an HMAC-SHA256, keyed with a secret held outside the database, over all the
 * row's fields and the previous row's hash. Every field is written with its length in front (a missing one as
 * {@code -1}), so no choice of text in one field can pass for another split of the fields.
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
                entry.agencyCode(), entry.details(), entry.eventId().toString(), entry.previousHash());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
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
