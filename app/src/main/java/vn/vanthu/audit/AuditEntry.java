package vn.vanthu.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the audit trail as stored: the record, its place in the chain, the key that recognises the same record
 * twice and the two hashes that chain it.
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
        String recordKey,
        String previousHash,
        String hash) {

    AuditEntry withRecordKey(String key) {
        return new AuditEntry(seq, occurredAt, recordedAt, actor, action, subjectType, subjectId, agencyCode, details,
                key, previousHash, hash);
    }

    AuditEntry withHash(String chainHash) {
        return new AuditEntry(seq, occurredAt, recordedAt, actor, action, subjectType, subjectId, agencyCode, details,
                recordKey, previousHash, chainHash);
    }
}
