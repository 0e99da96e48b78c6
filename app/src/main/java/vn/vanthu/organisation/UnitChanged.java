package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/** A unit was renamed, reordered, closed or removed; {@code changes} holds "old → new" per field. */
public record UnitChanged(UUID eventId, UUID unitId, AgencyCode agency, Map<String, String> changes, String actor,
        Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, actor, "organisation.unit.changed", "unit", unitId.toString(),
                agency.value(), changes);
    }
}
