package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/** Someone signed in, through the web form or by asking for an API token. */
public record SignInSucceeded(UUID userId, String username, AgencyCode agency, String channel, String remoteAddress,
        Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(occurredAt, username, "security.sign-in.succeeded", "user", username, agency.value(),
                Map.of("channel", channel, "remoteAddress", remoteAddress));
    }
}
