package vn.vanthu.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A row of the audit trail as stored: the record, its place in the chain and the two hashes that chain it. */
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
        String previousHash,
        String hash) {
}
