package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/** A unit (phòng, ban) was set up inside an agency. */
public record UnitCreated(UUID eventId, UUID unitId, AgencyCode agency, String name, String abbreviation, String actor,
        Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, actor, "organisation.unit.created", "unit", unitId.toString(),
                agency.value(), Map.of("name", name, "abbreviation", abbreviation));
    }
}
