package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;

/** The clerk refused the document: not for this agency, or invalid. */
public record IncomingRefused(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        String reason,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return "incoming.refused";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("reason", reason);
    }
}
