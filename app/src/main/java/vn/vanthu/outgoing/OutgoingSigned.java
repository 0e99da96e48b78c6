package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;

/** The competent official signed the document for issue; the clerks can number and issue it. */
public record OutgoingSigned(UUID eventId, UUID documentId, AgencyCode agency, String signedSha256, String actor,
        Instant occurredAt) implements OutgoingEvent {

    @Override
    public String action() {
        return "outgoing.signed";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("file", signedSha256);
    }
}
