package vn.vanthu.incoming;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.DateRange;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.NumberAndNotation;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.register.RegisterView;

/**
 * An incoming register as the clerk keeps it (Decree 30 Appendix IV): the registered documents of a period in
 * arrival-number order. Its clerks and leaders read it.
 */
@Service
@Transactional(readOnly = true)
public class RegisterBook {

    private final JdbcClient jdbc;
    private final RegisterManagement registers;

    RegisterBook(JdbcClient jdbc, RegisterManagement registers) {
        this.jdbc = jdbc;
        this.registers = registers;
    }

    public RegisterView register(UUID registerId, CurrentUser by) {
        return registers.book(registerId, RegisterKind.INCOMING, by);
    }

    public List<RegisterLine> lines(UUID registerId, DateRange range, CurrentUser by) {
        register(registerId, by);
        return jdbc.sql("""
                select arrived_at, arrival_number, sender_name, code_number, code_notation, promulgation_date,
                       document_type, subject, coalesce(lead_unit_name, lead_names) as recipient, assigned_at, state
                from incoming_document
                where register_id = :register and arrived_at >= :from and arrived_at < :to
                  and arrival_number is not null
                order by register_year, arrival_number
                """)
                .param("register", registerId)
                .param("from", range.start())
                .param("to", range.end())
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
