package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/** An agency's details, level or place in the tree changed; {@code changes} holds "old → new" per field. */
public record AgencyChanged(UUID eventId, UUID agencyId, AgencyCode code, Map<String, String> changes, String actor,
        Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, actor, "organisation.agency.changed", "agency", code.value(),
                code.value(), changes);
    }
}
