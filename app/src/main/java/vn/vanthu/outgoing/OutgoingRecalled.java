package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;

/**
 * An issued document was recalled (edXML 13), with the reason; {@code recipients} are the agencies of the
 * deployment asked to remove it.
 */
public record OutgoingRecalled(UUID eventId, UUID documentId, AgencyCode agency, String numberAndNotation,
        String reason, List<String> recipients, String actor, Instant occurredAt) implements OutgoingEvent {

    @Override
    public String action() {
        return "outgoing.recalled";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("number", numberAndNotation, "reason", reason);
    }
}
