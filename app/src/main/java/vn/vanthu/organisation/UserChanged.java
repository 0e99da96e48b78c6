package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/**
 * A person's account changed: profile, unit, roles, enabled, unlocked, password. {@code changes} holds "old → new"
 * per field (a password change shows as {@code password: changed}, never the value).
 */
public record UserChanged(UUID eventId, UUID userId, String username, AgencyCode agency, Map<String, String> changes,
        String actor, Instant occurredAt) implements Audited {

    /**
     * Whether the change should end the person's open sessions: a session keeps who signed in (roles, unit, name,
     * position as printed on what they sign), so any change to that, or to the password or the enabled state, asks
     * them to sign in again. Contact details and an unlock leave sessions alone.
     */
    public boolean endsSessions() {
        return changes.keySet().stream().anyMatch(SESSION_FIELDS::contains);
    }

    private static final Set<String> SESSION_FIELDS = Set.of("roles", "unit", "fullName", "positionTitle",
            "enabled", "password");

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, actor, "organisation.user.changed", "user", username,
                agency.value(), changes);
    }
}
