package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;

/** A draft was started, or its main file revised ({@code version} above 1). */
public record OutgoingDrafted(UUID eventId, UUID documentId, AgencyCode agency, String subject, int version,
        VersionSource source, String actor, Instant occurredAt) implements OutgoingEvent {

    @Override
    public String action() {
        return version == 1 ? "outgoing.drafted" : "outgoing.revised";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("subject", subject, "version", String.valueOf(version), "source", source.name());
    }
}
