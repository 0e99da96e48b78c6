package vn.vanthu.outgoing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.DateRange;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.NumberAndNotation;
import vn.vanthu.core.Paging;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.register.RegisterView;

/**
 * An outgoing register as the clerk keeps it (Decree 30 Appendix IV): what the agency issued from it in a period, in
 * issue-number order. It is read straight from the tables, apart from the {@link OutgoingDocument} aggregate, which
 * would load versions, files and timeline to print one line; a page is one query with its recipients folded in.
 * Its clerks and leaders read it, as they read the incoming register. A recalled document keeps its line, so the
 * numbers run without a gap, with the recall in the notes.
 */
@Service
@Transactional(readOnly = true)
public class OutgoingRegisterBook {

    /** A line with its recipients folded in: all in the draft's order, and those the exchange has yet to carry. */
    private static final String LINES = """
            select d.id, d.register_year, d.issue_number, d.code_number, d.code_notation, d.issued_at,
                   d.document_type, d.subject, d.signer_name, d.signer_position, d.drafting_unit, d.confidentiality,
                   d.issued_sha256 is null as paper, d.recall_reason,
                   coalesce(r.names, '{}') as recipients, coalesce(r.waiting, '{}') as waiting
            from outgoing_document d
            left join lateral (
                select array_agg(name order by position) as names,
                       array_agg(name order by position) filter (where delivery = 'WAITING_FOR_EXCHANGE') as waiting
                from outgoing_recipient where document_id = d.id) r on true
            """;
    /** A document issued in a period was numbered in the years of its first and last day (years in Vietnam). */
    private static final String ISSUED_IN = """
            where d.register_id = :register and d.register_year between :firstYear and :lastYear
              and d.state in ('ISSUED', 'RECALLED') and d.issued_at >= :from and d.issued_at < :to
            """;

    private final JdbcClient jdbc;
    private final RegisterManagement registers;

    OutgoingRegisterBook(JdbcClient jdbc, RegisterManagement registers) {
        this.jdbc = jdbc;
        this.registers = registers;
    }

    public RegisterView register(UUID registerId, CurrentUser by) {
        return registers.book(registerId, RegisterKind.OUTGOING, by);
    }

    /** A page of the book, for the screen and the API. */
    public Page<OutgoingRegisterLine> lines(UUID registerId, DateRange range, CurrentUser by, Pageable requested) {
        register(registerId, by);
        Pageable page = Paging.of(requested, Sort.unsorted());
        if (page.isUnpaged()) {
            return new PageImpl<>(read(registerId, range, null));
        }
        long total = query("select count(*) from outgoing_document d " + ISSUED_IN, registerId, range)
                .query(Long.class).single();
        return new PageImpl<>(read(registerId, range, page), page, total);
    }

    /** The whole book of the period, for print: at most a year of one register. */
    public List<OutgoingRegisterLine> lines(UUID registerId, DateRange range, CurrentUser by) {
        register(registerId, by);
        return read(registerId, range, null);
    }

    /** In the register's own order, which its unique key (register, year, number) serves. */
    private List<OutgoingRegisterLine> read(UUID registerId, DateRange range, @Nullable Pageable page) {
        String sql = LINES + ISSUED_IN + "order by d.register_year, d.issue_number"
                + (page == null ? "" : " limit :limit offset :offset");
        JdbcClient.StatementSpec statement = query(sql, registerId, range);
        if (page != null) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return statement.query((rs, row) -> line(rs)).list();
    }

    private JdbcClient.StatementSpec query(String sql, UUID registerId, DateRange range) {
        return jdbc.sql(sql)
                .param("register", registerId)
                .param("firstYear", range.from().getYear())
                .param("lastYear", range.to().getYear())
                .param("from", range.start())
                .param("to", range.end());
    }

    private static OutgoingRegisterLine line(ResultSet rs) throws SQLException {
        List<String> recipients = names(rs.getArray("recipients"));
        String unit = rs.getString("drafting_unit");
        return new OutgoingRegisterLine(rs.getObject("id", UUID.class), rs.getInt("register_year"),
                rs.getLong("issue_number"),
                Objects.requireNonNullElse(NumberAndNotation.of(rs.getString("code_number"),
                        rs.getString("code_notation")), ""),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                DocumentType.valueOf(rs.getString("document_type")), rs.getString("subject"),
                rs.getString("signer_name"), rs.getString("signer_position"), recipients,
                unit == null || unit.isBlank() ? "VT" : "VT, " + unit, recipients.size() + 1,
                names(rs.getArray("waiting")), Confidentiality.valueOf(rs.getString("confidentiality")),
                rs.getBoolean("paper"), rs.getString("recall_reason"));
    }

    private static List<String> names(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
