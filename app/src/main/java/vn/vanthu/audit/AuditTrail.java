package vn.vanthu.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.core.AuditRecord;

/**
 * The hash-chained audit trail: appends records one after another, whichever node writes them, reads them back
 * and checks that the chain is unbroken.
 */
@Service
public class AuditTrail {

    private static final int STREAM_FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(STREAM_FETCH_SIZE);
    }

    /** Appends a record at the head of the chain. The head's row lock puts concurrent appends in line. */
    @Transactional
    public AuditEntry append(AuditRecord record) {
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        long seq = head.seq() + 1;
        Instant occurredAt = record.occurredAt().truncatedTo(ChronoUnit.MICROS);
        Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unhashed = new AuditEntry(seq, occurredAt, recordedAt, clip(record.actor(), 100),
                clip(record.action(), 100), clip(record.subjectType(), 50), clip(record.subjectId(), 100),
                record.agencyCode() == null ? null : clip(record.agencyCode(), 35),
                json.writeValueAsString(record.details()), head.hash(), "");
        String hash = ChainHash.of(unhashed);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, recorded_at, actor, action, subject_type, subject_id,
                                         agency_code, details, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(seq, timestamp(occurredAt), timestamp(recordedAt), unhashed.actor(), unhashed.action(),
                        unhashed.subjectType(), unhashed.subjectId(), unhashed.agencyCode(), unhashed.details(),
                        unhashed.previousHash(), hash)
                .update();
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
        return new AuditEntry(seq, occurredAt, recordedAt, unhashed.actor(), unhashed.action(),
                unhashed.subjectType(), unhashed.subjectId(), unhashed.agencyCode(), unhashed.details(),
                unhashed.previousHash(), hash);
    }

    /**
     * Reads the whole chain in order and reports the first row that does not fit. Streams the rows, so a trail of
     * millions is checked in constant memory.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        long headSeq = jdbc.sql("select last_seq from audit_chain_head where id = 1").query(Long.class).single();
        Checker checker = new Checker();
        // rows appended while the check runs lie beyond the head read above; they are for the next check
        streaming.query("select * from audit_entry where seq <= ? order by seq", checker, headSeq);
        if (checker.broken != null) {
            return checker.broken;
        }
        if (checker.expectedSeq - 1 != headSeq) {
            return ChainVerification.broken(checker.checked, checker.expectedSeq, ChainVerification.Problem.TRUNCATED);
        }
        return ChainVerification.intact(checker.checked);
    }

    /** The newest rows first, filtered by agency, actor and subject (any may be null). */
    @Transactional(readOnly = true)
    public Page<AuditEntry> entries(@Nullable String agencyCode, @Nullable String actor, @Nullable String subjectId,
            Pageable pageable) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (agencyCode != null) {
            where.append(" and agency_code = ?");
            params.add(agencyCode);
        }
        if (actor != null) {
            where.append(" and actor = ?");
            params.add(actor);
        }
        if (subjectId != null) {
            where.append(" and subject_id = ?");
            params.add(subjectId);
        }
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(pageable.getPageSize());
        paged.add(pageable.getOffset());
        List<AuditEntry> rows = jdbc.sql("select * from audit_entry" + where + " order by seq desc limit ? offset ?")
                .params(paged)
                .query((rs, row) -> entry(rs))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("agency_code"), rs.getString("details"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Walks the rows in order, remembering the previous row's hash. */
    private static final class Checker implements RowCallbackHandler {

        long expectedSeq = 1;
        long checked;
        String previousHash = ChainHash.GENESIS;
        @Nullable ChainVerification broken;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (broken != null) {
                return;
            }
            AuditEntry entry = entry(rs);
            checked++;
            if (entry.seq() != expectedSeq) {
                broken = ChainVerification.broken(checked, expectedSeq, ChainVerification.Problem.MISSING);
            } else if (!entry.previousHash().equals(previousHash)) {
                broken = ChainVerification.broken(checked, entry.seq(), ChainVerification.Problem.RELINKED);
            } else if (!ChainHash.of(entry).equals(entry.hash())) {
                broken = ChainVerification.broken(checked, entry.seq(), ChainVerification.Problem.ALTERED);
            }
            previousHash = entry.hash();
            expectedSeq++;
        }
    }
}
