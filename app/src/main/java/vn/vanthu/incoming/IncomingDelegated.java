package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;

/** A unit head passed the lead down to a specialist of the unit. */
public record IncomingDelegated(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        String from,
        String to,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return "incoming.delegated";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("from", from, "to", to);
    }
}
