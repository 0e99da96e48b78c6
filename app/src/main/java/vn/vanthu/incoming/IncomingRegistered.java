package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.register.RegisterNumber;

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
        return facts(new RegisterNumber(registerId, year, arrivalNumber));
    }

    static Map<String, String> facts(RegisterNumber number) {
        return Map.of("register", number.registerId().toString(), "year", String.valueOf(number.year()),
                "arrivalNumber", String.valueOf(number.number()));
    }
}
