package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/** An agency joined the tree. */
public record AgencyCreated(UUID eventId, UUID agencyId, AgencyCode code, String name, AgencyLevel level,
        @Nullable AgencyCode parent, String actor, Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, actor, "organisation.agency.created", "agency", code.value(),
                code.value(),
                Map.of("name", name, "level", level.name(), "parent", parent == null ? "∅" : parent.value()));
    }
}
