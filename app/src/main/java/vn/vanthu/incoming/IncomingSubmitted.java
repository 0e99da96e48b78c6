package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;

/** The clerk presented the document to a leader. */
public record IncomingSubmitted(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        String leader,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return "incoming.submitted";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("leader", leader);
    }
}
