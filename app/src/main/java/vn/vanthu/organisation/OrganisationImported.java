package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/** A snapshot of agencies, units and people was loaded in one go (e.g. the demo province). */
public record OrganisationImported(UUID eventId, String source, int agencies, int units, int users, String actor,
        Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, actor, "organisation.imported", "organisation", source, null,
                Map.of("agencies", String.valueOf(agencies), "units", String.valueOf(units),
                        "users", String.valueOf(users)));
    }
}
