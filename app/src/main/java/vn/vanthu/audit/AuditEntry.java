package vn.vanthu.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A row of the audit trail as stored: the record, the id of the event it came from, its place in the chain and the
 * two hashes that chain it.
 */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        @Nullable String agencyCode,
        String details,
        UUID eventId,
        String previousHash,
        String hash) {

    AuditEntry linkedTo(long atSeq, String afterHash) {
        return new AuditEntry(atSeq, occurredAt, recordedAt, actor, action, subjectType, subjectId, agencyCode, details,
                eventId, afterHash, hash);
    }

    AuditEntry withHash(String chainHash) {
        return new AuditEntry(seq, occurredAt, recordedAt, actor, action, subjectType, subjectId, agencyCode, details,
                eventId, previousHash, chainHash);
    }
}
