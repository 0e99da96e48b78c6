package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyCode;

/** The lead handler completed the document, naming what answers it if anything does. */
public record IncomingCompleted(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        @Nullable String answeredBy,
        @Nullable String note,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return "incoming.completed";
    }

    @Override
    public Map<String, String> facts() {
        return Facts.optional("answeredBy", answeredBy, "note", note);
    }
}
