package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyCode;

/**
 * A step of the review chain: submitted or passed on to the next reviewer ({@code to}), commented, or returned to the
 * drafter with a reason.
 */
public record OutgoingReviewed(UUID eventId, UUID documentId, AgencyCode agency, OutgoingStepAction step,
        @Nullable String to, @Nullable String note, String actor, Instant occurredAt) implements OutgoingEvent {

    @Override
    public String action() {
        return "outgoing." + step.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        if (to != null) {
            facts.put("to", to);
        }
        if (note != null) {
            facts.put("note", note);
        }
        return facts;
    }
}
