package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;

/** A leader reopened a completed document. */
public record IncomingReopened(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        String reason,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return "incoming.reopened";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("reason", reason);
    }
}
