package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/** A person got an account in an agency. */
public record UserCreated(UUID eventId, UUID userId, String username, AgencyCode agency, Set<Role> roles, String actor,
        Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, actor, "organisation.user.created", "user", username,
                agency.value(), Map.of("roles", new TreeSet<>(roles).toString()));
    }
}
