package vn.vanthu.incoming;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
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

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Page<InboxItem> page(CurrentUser me, InboxTab tab, InboxFilter filter, Pageable requested) {
        Pageable page = Paging.of(requested, Sort.unsorted());
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("me", me.id());
        params.put("agency", me.agencyCode().value());
        params.put("clerk", me.hasRole(Role.CLERK));
        params.put("tab", tab.name());
        String where = conditions(filter, params);
        String tasks = """
                (select id, document_id, role, tab, deadline from incoming_task
                  where assignee_id = :me and tab = :tab
                 union all
                 select id, document_id, role, tab, deadline from incoming_task
                  where clerk_agency_code = :agency and :clerk and tab = :tab) t
                join incoming_document d on d.id = t.document_id
                """;
        long total = jdbc.sql("select count(*) from " + tasks + where).params(params).query(Long.class).single();
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        List<InboxItem> items = jdbc.sql("""
                select t.id as task_id, t.role, t.tab, t.deadline, d.id as document_id, d.arrival_number, d.subject,
                       d.sender_name, d.code_number, d.code_notation, d.document_type, d.urgency, d.state, d.arrived_at
                from """ + tasks + where + """
                 order by t.deadline asc nulls last,
                          case d.urgency when 'FLASH' then 0 when 'VERY_URGENT' then 1 when 'URGENT' then 2 else 3 end,
                          d.arrived_at desc
                 limit :limit offset :offset
                """)
                .params(params)
                .query((rs, row) -> item(rs, today))
                .list();
        return new PageImpl<>(items, page, total);
    }

    /** How many lines each tab has, for the badges on the tabs. */
    public Map<InboxTab, Long> counts(CurrentUser me) {
        Map<InboxTab, Long> counts = new EnumMap<>(InboxTab.class);
        for (InboxTab tab : InboxTab.values()) {
            counts.put(tab, 0L);
        }
        jdbc.sql("""
                select tab, count(*) from (
                    select tab from incoming_task where assignee_id = :me
                    union all
                    select tab from incoming_task where clerk_agency_code = :agency and :clerk) t
                group by tab
                """)
                .param("me", me.id())
                .param("agency", me.agencyCode().value())
                .param("clerk", me.hasRole(Role.CLERK))
                .query((rs, row) -> Map.entry(InboxTab.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    private static String conditions(InboxFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (filter.registerId() != null) {
            where.add("d.register_id = :registerId");
            params.put("registerId", filter.registerId());
        }
        if (filter.arrivedFrom() != null) {
            where.add("d.arrived_at >= :arrivedFrom");
            params.put("arrivedFrom", filter.arrivedFrom().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (filter.arrivedTo() != null) {
            where.add("d.arrived_at < :arrivedTo");
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
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
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
