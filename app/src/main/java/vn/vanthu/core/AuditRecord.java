package vn.vanthu.core;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail before it is chained.
 *
 * @param eventId the id of the event, the same however often it is handed over: the trail keeps it once
 * @param occurredAt when the change happened (not when the trail recorded it)
 * @param actor the user name of who did it, or {@code system}
 * @param action a stable key such as {@code organisation.user.created}
 * @param subjectType what kind of thing changed, e.g. {@code user}
 * @param subjectId which one (an id, a code, a user name)
 * @param agencyCode the agency the subject belongs to, so agency administrators can read their agency's trail
 * @param details the facts that matter, e.g. which fields changed from what to what
 */
public record AuditRecord(
        UUID eventId,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        @Nullable String agencyCode,
        Map<String, String> details) {

    public AuditRecord {
        details = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(details));
    }
}
