package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/**
 * Someone signed in, through the web form or by asking for an API token. A system administrator's sign-ins carry no
 * agency: they belong to no agency's trail.
 */
public record SignInSucceeded(UUID eventId, UUID userId, String username, @Nullable AgencyCode agency,
        String channel, String remoteAddress, Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, username, "security.sign-in.succeeded", "user", username,
                agency == null ? null : agency.value(),
                Map.of("channel", channel, "remoteAddress", remoteAddress));
    }
}
