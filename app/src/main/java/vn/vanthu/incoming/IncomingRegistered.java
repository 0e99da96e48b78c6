package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;

/** The document went into a register with its arrival number. */
public record IncomingRegistered(
        UUID eventId,
        UUID documentId,
        AgencyCode agency,
        UUID registerId,
        int year,
        long arrivalNumber,
        String actor,
        Instant occurredAt)
        implements IncomingEvent {

    @Override
    public String action() {
        return "incoming.registered";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("register", registerId.toString(), "year", String.valueOf(year), "arrivalNumber",
                String.valueOf(arrivalNumber));
    }
}
