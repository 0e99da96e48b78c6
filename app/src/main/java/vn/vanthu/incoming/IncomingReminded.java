package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyCode;

/** A leader reminded the handlers (đôn đốc). */
public record IncomingReminded(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        @Nullable String note,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return "incoming.reminded";
    }

    @Override
    public Map<String, String> facts() {
        return Facts.optional("note", note);
    }
}
