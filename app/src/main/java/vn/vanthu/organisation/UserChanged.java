package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/**
 * A person's account changed: profile, unit, roles, enabled, locked, password. {@code changes} holds
 * "old → new" per field (a password change shows as {@code password: changed}, never the value).
 */
public record UserChanged(UUID userId, String username, AgencyCode agency, Map<String, String> changes,
        String actor, Instant occurredAt) implements Audited {

    /** Whether the change should end the person's open sessions: what they may do or who they are changed. */
    public boolean affectsAccess() {
        return changes.containsKey("roles") || changes.containsKey("enabled") || changes.containsKey("agency")
                || changes.containsKey("password") || changes.containsKey("lockedUntil");
    }

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(occurredAt, actor, "organisation.user.changed", "user", username, agency.value(),
                changes);
    }
}
