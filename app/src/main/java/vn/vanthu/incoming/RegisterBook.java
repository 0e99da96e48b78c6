package vn.vanthu.incoming;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.DocumentType;
import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.NumberAndNotation;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.register.RegisterView;

/**
 * An incoming register as the clerk keeps it (Decree 30 Appendix IV): the registered documents of a period in
 * arrival-number order. Its clerks and leaders read it.
 */
@Service
@Transactional(readOnly = true)
public class RegisterBook {

    /** A printed register covers at most a year: that is what a register is. */
    private static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final RegisterManagement registers;

    RegisterBook(JdbcClient jdbc, RegisterManagement registers) {
        this.jdbc = jdbc;
        this.registers = registers;
    }

    public RegisterView register(UUID registerId, CurrentUser by) {
        RegisterView register = registers.register(registerId, by);
        if (!by.hasRole(Role.CLERK) && !by.hasRole(Role.LEADER)) {
            throw new NotFound("register.not-found", registerId);
        }
        return register;
    }

    public List<RegisterLine> lines(UUID registerId, LocalDate from, LocalDate to, CurrentUser by) {
        register(registerId, by);
        if (to.isBefore(from)) {
            throw new InvalidValue("to", "incoming.register-book.dates");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidValue("to", "incoming.register-book.too-long", MAX_DAYS);
        }
        return jdbc.sql("""
                select arrived_at, arrival_number, sender_name, code_number, code_notation, promulgation_date,
                       document_type, subject, coalesce(lead_unit_name, lead_names) as recipient, assigned_at, state
                from incoming_document
                where register_id = :register and arrived_at >= :from and arrived_at < :to
                  and arrival_number is not null
                order by register_year, arrival_number
                """)
                .param("register", registerId)
                .param("from", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime()
                        .withOffsetSameInstant(ZoneOffset.UTC))
                .param("to", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime()
                        .withOffsetSameInstant(ZoneOffset.UTC))
                .query((rs, row) -> {
                    OffsetDateTime handed = rs.getObject("assigned_at", OffsetDateTime.class);
                    return new RegisterLine(rs.getObject("arrived_at", OffsetDateTime.class).toInstant(),
                            rs.getLong("arrival_number"), rs.getString("sender_name"),
                            NumberAndNotation.of(rs.getString("code_number"), rs.getString("code_notation")),
                            rs.getObject("promulgation_date", LocalDate.class),
                            DocumentType.valueOf(rs.getString("document_type")), rs.getString("subject"),
                            rs.getString("recipient"), handed == null ? null : handed.toInstant(),
                            IncomingState.valueOf(rs.getString("state")));
                })
                .list();
    }
}
