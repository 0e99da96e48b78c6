package vn.vanthu.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The SHA-256 that links a row to the one before it. Every field is written with its length in front, so no choice
 * of text in one field can pass for another split of the fields.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(long seq, String occurredAt, String actor, String action, String subjectType,
            String subjectId, @Nullable String agencyCode, String details, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        for (String field : new String[] {Long.toString(seq), occurredAt, actor, action, subjectType, subjectId,
                agencyCode == null ? "" : agencyCode, details, previousHash}) {
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String of(AuditEntry entry) {
        return of(entry.seq(), entry.occurredAt().toString(), entry.actor(), entry.action(), entry.subjectType(),
                entry.subjectId(), entry.agencyCode(), entry.details(), entry.previousHash());
    }
}
