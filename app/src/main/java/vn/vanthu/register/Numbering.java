package vn.vanthu.register;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.NotFound;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.organisation.AgencyCode;

/**
 * Hands out the next number of a register. It must run inside the transaction of the registration it numbers: the
 * counter row stays locked until that transaction ends, so a registration that rolls back gives its number back, and
 * concurrent registrations, from any node, line up for numbers one after another.
 */
@Service
public class Numbering {

    private final JdbcClient jdbc;
    private final Registers registers;

    Numbering(JdbcClient jdbc, Registers registers) {
        this.jdbc = jdbc;
        this.registers = registers;
    }

    /** The next number of the year {@code at} falls in, in Vietnam: numbering starts again at 1 on 1 January. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RegisterNumber take(UUID registerId, Instant at) {
        Register register = registers.findById(registerId)
                .orElseThrow(() -> new NotFound("register.not-found", registerId));
        if (!register.active()) {
            throw new RuleViolation("register.closed", register.view().name());
        }
        int year = at.atZone(VietnamTime.ZONE).getYear();
        long number = jdbc.sql("""
                insert into register_counter (register_id, year, last_number) values (?, ?, 1)
                on conflict (register_id, year) do update set last_number = register_counter.last_number + 1
                returning last_number
                """)
                .params(registerId, year)
                .query(Long.class)
                .single();
        return new RegisterNumber(registerId, year, number);
    }

    /**
     * The next number of a register that fits: open, of {@code agency}, of {@code kind}, and confidential exactly when
     * {@code confidential}. The check and the number are one statement, the cost of a registration at a province's
     * morning peak; nothing when the register does not fit, and the caller finds out why in its own words.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<RegisterNumber> takeIfFits(UUID registerId, AgencyCode agency, RegisterKind kind,
            boolean confidential, Instant at) {
        int year = at.atZone(VietnamTime.ZONE).getYear();
        return jdbc.sql("""
                insert into register_counter (register_id, year, last_number)
                select r.id, ?, 1 from register r
                where r.id = ? and r.agency_code = ? and r.kind = ? and r.confidential = ? and r.active
                on conflict (register_id, year) do update set last_number = register_counter.last_number + 1
                returning last_number
                """)
                .params(year, registerId, agency.value(), kind.name(), confidential)
                .query(Long.class)
                .optional()
                .map(number -> new RegisterNumber(registerId, year, number));
    }
}
