package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;

/** A clerk received a document (not yet registered). */
public record IncomingReceived(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        String subject,
        String sender,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return "incoming.received";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("subject", subject, "sender", sender);
    }
}
