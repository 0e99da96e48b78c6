package vn.vanthu.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyCode;

/**
 * An issued document's metadata was corrected (edXML business type "update"): its subject or reply date, with the
 * reason; {@code recipients} are the agencies of the deployment whose copies follow.
 */
public record OutgoingUpdated(UUID eventId, UUID documentId, AgencyCode agency, String subjectBefore, String subject,
        @Nullable LocalDate replyDue, String reason, List<String> recipients, String actor, Instant occurredAt)
        implements OutgoingEvent {

    @Override
    public String action() {
        return "outgoing.updated";
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("subject", subjectBefore.equals(subject) ? subject : subjectBefore + " → " + subject);
        facts.put("replyDue", replyDue == null ? "" : replyDue.toString());
        facts.put("reason", reason);
        return facts;
    }
}
