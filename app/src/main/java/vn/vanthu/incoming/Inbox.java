package vn.vanthu.incoming;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.DocumentType;
import vn.vanthu.core.NumberAndNotation;
import vn.vanthu.core.Paging;
import vn.vanthu.core.SearchKey;
import vn.vanthu.core.Urgency;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;

/**
 * A person's inbox, read straight from the task rows: their own work and, for a clerk, the work of the agency's
 * clerks, one tab at a time, earliest deadline first (no deadline last), the more urgent first among equals. Each
 * half of the read is one index range, so a page stays fast at a province's volume.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

    /** How close a deadline is to count as due soon. */
    public static final int DUE_SOON_DAYS = 2;

    /** Lines counted per tab; past it a count says "more than this". */
    public static final int COUNT_LIMIT = 1000;

    private static final String ORDER = "order by t.deadline asc nulls last, t.urgency_rank, t.arrived_at desc";

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Page<InboxItem> page(CurrentUser me, InboxTab tab, InboxFilter filter, Pageable requested) {
        Pageable page = Paging.of(requested, Sort.unsorted());
        Map<String, Object> params = new HashMap<>();
        params.put("me", me.id());
        params.put("agency", me.agencyCode().value());
        params.put("tab", tab.name());
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        params.put("first", page.getOffset() + page.getPageSize());
        params.put("cap", COUNT_LIMIT + 1);
        String where = conditions(filter, params);
        boolean clerk = me.hasRole(Role.CLERK);
        // each half reads its own index in order and stops at the rows the page needs; then the halves merge
        String mine = ordered("t.assignee_id = :me", where);
        String clerks = ordered("t.clerk_agency_code = :agency", where);
        String lines = clerk ? "(" + mine + ") union all (" + clerks + ")" : mine;
        LocalDate today = VietnamTime.today(clock);
        List<InboxItem> items = jdbc.sql("select * from (" + lines + ") t " + ORDER + " limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> item(rs, today))
                .list();
        long total = count("t.assignee_id = :me", where, params) + (clerk
                ? count("t.clerk_agency_code = :agency", where, params) : 0);
        return new PageImpl<>(items, page, Math.min(total, COUNT_LIMIT + 1));
    }

    /**
     * How many lines each tab has, for the badges on the tabs; above {@link #COUNT_LIMIT} a tab shows
     * {@code COUNT_LIMIT + 1}, read "more than 1,000".
     */
    public Map<InboxTab, Long> counts(CurrentUser me) {
        Map<InboxTab, Long> counts = new EnumMap<>(InboxTab.class);
        Map<String, Object> params = new HashMap<>();
        params.put("me", me.id());
        params.put("agency", me.agencyCode().value());
        params.put("cap", COUNT_LIMIT + 1);
        for (InboxTab tab : InboxTab.values()) {
            params.put("tab", tab.name());
            long count = count("t.assignee_id = :me", "", params) + (me.hasRole(Role.CLERK)
                    ? count("t.clerk_agency_code = :agency", "", params) : 0);
            counts.put(tab, Math.min(count, COUNT_LIMIT + 1));
        }
        return counts;
    }

    private static String ordered(String whose, String where) {
        return """
                select t.id as task_id, t.role, t.tab, t.deadline, t.urgency_rank, t.arrived_at, d.id as document_id,
                       d.arrival_number, d.subject, d.sender_name, d.code_number, d.code_notation, d.document_type,
                       d.urgency, d.state
                from incoming_task t join incoming_document d on d.id = t.document_id
                where %s and t.tab = :tab %s
                %s limit :first
                """.formatted(whose, where, ORDER);
    }

    /** Lines of one half, counted no further than the cap: the index range is read, not the documents. */
    private long count(String whose, String where, Map<String, Object> params) {
        String join = where.isEmpty() ? "" : " join incoming_document d on d.id = t.document_id";
        return jdbc.sql("select count(*) from (select 1 from incoming_task t" + join + " where " + whose
                + " and t.tab = :tab " + where + " limit :cap) c")
                .params(params).query(Long.class).single();
    }

    private static String conditions(InboxFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (filter.registerId() != null) {
            where.add("d.register_id = :registerId");
            params.put("registerId", filter.registerId());
        }
        if (filter.arrivedFrom() != null) {
            where.add("t.arrived_at >= :arrivedFrom");
            params.put("arrivedFrom", filter.arrivedFrom().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (filter.arrivedTo() != null) {
            where.add("t.arrived_at < :arrivedTo");
            params.put("arrivedTo", filter.arrivedTo().plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (filter.sender() != null && !filter.sender().isBlank()) {
            where.add("d.sender_key like :sender escape '\\'");
            params.put("sender", "%" + SearchKey.forLike(filter.sender()) + "%");
        }
        if (filter.documentType() != null) {
            where.add("d.document_type = :documentType");
            params.put("documentType", filter.documentType().name());
        }
        if (filter.state() != null) {
            where.add("d.state = :state");
            params.put("state", filter.state().name());
        }
        return where.isEmpty() ? "" : " and " + String.join(" and ", where);
    }

    private static InboxItem item(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        Long arrival = rs.getObject("arrival_number", Long.class);
        return new InboxItem(rs.getObject("task_id", UUID.class), rs.getObject("document_id", UUID.class),
                TaskRole.valueOf(rs.getString("role")), InboxTab.valueOf(rs.getString("tab")), deadline,
                deadline != null && deadline.isBefore(today),
                deadline != null && !deadline.isBefore(today) && !deadline.isAfter(today.plusDays(DUE_SOON_DAYS)),
                arrival, rs.getString("subject"), rs.getString("sender_name"),
                NumberAndNotation.of(rs.getString("code_number"), rs.getString("code_notation")),
                DocumentType.valueOf(rs.getString("document_type")), Urgency.valueOf(rs.getString("urgency")),
                IncomingState.valueOf(rs.getString("state")),
                rs.getObject("arrived_at", OffsetDateTime.class).toInstant());
    }
}
