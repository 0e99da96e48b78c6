package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;

/** A handler or leader wrote an opinion on the document. */
public record IncomingOpinionAdded(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        String opinion,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return "incoming.opinion-added";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("opinion", opinion);
    }
}
