package vn.vanthu.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyCode;

/** A leader assigned the document: lead handlers, coordinators, for information, deadline, instruction. */
public record IncomingAssigned(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        List<String> leads,
        List<String> coordinators,
        List<String> informed,
        @Nullable LocalDate deadline,
        @Nullable String instruction,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return "incoming.assigned";
    }

    @Override
    public Map<String, String> facts() {
        return Facts.of(leads, coordinators, informed, deadline, instruction);
    }
}
