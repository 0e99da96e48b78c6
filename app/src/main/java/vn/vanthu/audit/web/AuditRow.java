package vn.vanthu.audit.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.audit.AuditEntry;

/** A row of the audit trail as the API and the page show it: its facts as a map, its place and hash in the chain. */
record AuditRow(
        long seq,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        @Nullable String agencyCode,
        Map<String, String> details,
        UUID eventId,
        String hash) {

    static AuditRow of(AuditEntry entry, Map<String, String> details) {
        return new AuditRow(entry.seq(), entry.occurredAt(), entry.recordedAt(), entry.actor(), entry.action(),
                entry.subjectType(), entry.subjectId(), entry.agencyCode(), details, entry.eventId(), entry.hash());
    }
}
