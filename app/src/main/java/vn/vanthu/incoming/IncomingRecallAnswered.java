package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyCode;

/** The receiving clerks answered a sender's recall: agreed, or refused with a reason. */
public record IncomingRecallAnswered(UUID eventId, UUID documentId, AgencyCode agency, boolean accepted,
        @Nullable String reason, String actor, Instant occurredAt) implements IncomingEvent {

    @Override
    public String action() {
        return accepted ? "incoming.recall-accepted" : "incoming.recall-refused";
    }

    @Override
    public Map<String, String> facts() {
        return Facts.optional("reason", reason);
    }
}
