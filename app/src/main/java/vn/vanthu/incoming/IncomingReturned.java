package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;

/** The document was sent back to the clerk as routed wrongly. */
public record IncomingReturned(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        String reason,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return "incoming.returned";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("reason", reason);
    }
}
