package vn.vanthu.register;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;
import vn.vanthu.organisation.AgencyCode;

/** A register was opened, renamed or closed ({@code action} says which). */
public record RegisterChanged(UUID eventId, UUID registerId, AgencyCode agency, String action,
        Map<String, String> changes, String actor, Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, actor, action, "register", registerId.toString(), agency.value(),
                changes);
    }
}
