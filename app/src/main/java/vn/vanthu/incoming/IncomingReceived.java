package vn.vanthu.incoming;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.register.RegisterNumber;

/**
 * A clerk received a document. When they registered it in the same step, its arrival number comes with this event
 * and no {@link IncomingRegistered} follows: one step of the clerk, one event (a listener that counts registrations
 * takes both).
 */
public record IncomingReceived(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        String subject,
        String sender,
        @Nullable RegisterNumber registration,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return registration == null ? "incoming.received" : "incoming.received-and-registered";
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("subject", subject);
        facts.put("sender", sender);
        if (registration != null) {
            facts.putAll(IncomingRegistered.facts(registration));
        }
        return facts;
    }
}
