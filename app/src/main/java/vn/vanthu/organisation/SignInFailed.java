package vn.vanthu.organisation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/**
 * A sign-in was refused. {@code username} is what was typed, which may name nobody; {@code lockedUntil} is set
 * when this failure locked the account.
 */
public record SignInFailed(UUID eventId, String username, @Nullable AgencyCode agency, SignInRefusal reason,
        String channel, String remoteAddress, @Nullable Instant lockedUntil, Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reason", reason.name());
        details.put("channel", channel);
        details.put("remoteAddress", remoteAddress);
        if (lockedUntil != null) {
            details.put("lockedUntil", lockedUntil.toString());
        }
        return new AuditRecord(eventId, occurredAt, username, "security.sign-in.failed", "user", username,
                agency == null ? null : agency.value(), details);
    }
}
