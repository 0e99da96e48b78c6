package vn.vanthu.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.DeploymentSecret;
import vn.vanthu.core.Paging;

/**
 * The hash-chained audit trail: appends records one after another, whichever node writes them, reads them back
 * and checks that the chain is unbroken.
 */
@Service
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final String DEVELOPMENT_KEY = "vanthu-development-audit-key-known-to-everyone";
    private static final int STREAM_FETCH_SIZE = 1_000;
    /** How many records one chaining transaction takes at most. */
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final JsonMapper json;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final ChainHash chain;

    AuditTrail(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json, AuditSettings settings,
            Environment environment, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.batch = jdbcTemplate;
        this.transaction = new TransactionTemplate(transactions);
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(STREAM_FETCH_SIZE);
        this.chain = new ChainHash(DeploymentSecret.of(settings.key(), "VANTHU_AUDIT_KEY",
                "the audit chain is keyed with it", DEVELOPMENT_KEY, environment));
    }

    /**
     * Appends a record and waits until it is chained: for callers that need the row itself. Events go through
     * {@link #stage} and the {@link AuditChainer} instead, which do not wait for the chain's lock.
     */
    public AuditEntry append(AuditRecord record) {
        stage(record);
        while (chainPending(true) == BATCH) {
            // more waited than one batch takes; ours may be among the later ones
        }
        return jdbc.sql("select * from audit_entry where event_id = ?").param(record.eventId())
                .query((rs, row) -> entry(rs)).single();
    }

    /**
     * Puts a record in line for the chain, in one statement and without a lock. A record already in line (an event
     * handed over again) stays where it is.
     */
    void stage(AuditRecord record) {
        jdbc.sql("""
                insert into audit_pending (occurred_at, recorded_at, actor, action, subject_type, subject_id,
                                           agency_code, details, event_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (event_id) do nothing
                """)
                .params(utc(record.occurredAt().truncatedTo(ChronoUnit.MICROS)),
                        utc(Instant.now().truncatedTo(ChronoUnit.MICROS)), clip(record.actor(), 100),
                        clip(record.action(), 100), clip(record.subjectType(), 50), clip(record.subjectId(), 100),
                        record.agencyCode() == null ? null : clip(record.agencyCode(), 35),
                        json.writeValueAsString(record.details()), record.eventId())
                .update();
    }

    /**
     * Clears the line's dead rows. Every staged record is deleted within seconds, so the table is all dead rows
     * unless vacuumed often; a server whose autovacuum is off or slow would otherwise have each round read through
     * all the records ever staged. Needs the owner's rights (VanThu's own tables); without them autovacuum has to do.
     */
    void vacuumLine() {
        try {
            // no truncation: it waits for an exclusive lock that the requests staging records keep taking away
            // (seconds per vacuum under load), and the line's few pages are used again at once anyway
            jdbc.sql("vacuum (truncate false) audit_pending").update();
        } catch (RuntimeException notAllowed) {
            LOG.debug("Could not vacuum audit_pending: {}", notAllowed.getMessage());
        }
    }

    boolean hasPending() {
        return jdbc.sql("select exists (select 1 from audit_pending)").query(Boolean.class).single();
    }

    /**
     * Links up to {@link #BATCH} records waiting in line into the chain, in the order they came, in one transaction
     * under the head's lock, so that appends from several nodes still line up one after another.
     *
     * @param wait whether to wait for a chainer on another thread or node that holds the lock; without waiting,
     *             nothing is done when the lock is taken (that chainer, or the next round, takes the records)
     * @return how many records were taken out of line
     */
    int chainPending(boolean wait) {
        return transaction.execute(status -> {
            Optional<Head> locked = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update"
                            + (wait ? "" : " skip locked"))
                    .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
                    .optional();
            if (locked.isEmpty()) {
                return 0;
            }
            List<AuditEntry> taken = jdbc.sql("""
                    delete from audit_pending
                    where id in (select id from audit_pending order by id limit ?)
                    returning *
                    """)
                    .param(BATCH)
                    .query((rs, row) -> pending(rs))
                    .list()
                    .stream().sorted(Comparator.comparingLong(AuditEntry::seq)).toList();
            if (taken.isEmpty()) {
                return 0;
            }
            // an event handed over again after it was chained is taken out of line but not chained twice; asked
            // apart, by the unique index, so that the plan does not hang on the table's statistics
            Set<UUID> chainedNow = new HashSet<>(jdbc.sql("select event_id from audit_entry where event_id = any(?)")
                    .param(taken.stream().map(AuditEntry::eventId).toArray(UUID[]::new))
                    .query(UUID.class)
                    .list());
            Head head = locked.get();
            List<AuditEntry> chained = new ArrayList<>();
            for (AuditEntry record : taken) {
                if (!chainedNow.add(record.eventId())) {
                    continue;
                }
                AuditEntry entry = record.linkedTo(head.seq() + 1, head.hash());
                entry = entry.withHash(chain.of(entry));
                chained.add(entry);
                head = new Head(entry.seq(), entry.hash());
            }
            if (!chained.isEmpty()) {
                insert(chained);
                jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
                        .params(head.seq(), head.hash())
                        .update();
            }
            return taken.size();
        });
    }

    private void insert(List<AuditEntry> entries) {
        batch.batchUpdate("""
                insert into audit_entry (seq, occurred_at, recorded_at, actor, action, subject_type, subject_id,
                                         agency_code, details, event_id, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, entries, entries.size(), (statement, entry) -> {
            statement.setLong(1, entry.seq());
            statement.setObject(2, utc(entry.occurredAt()));
            statement.setObject(3, utc(entry.recordedAt()));
            statement.setString(4, entry.actor());
            statement.setString(5, entry.action());
            statement.setString(6, entry.subjectType());
            statement.setString(7, entry.subjectId());
            statement.setString(8, entry.agencyCode());
            statement.setString(9, entry.details());
            statement.setObject(10, entry.eventId());
            statement.setString(11, entry.previousHash());
            statement.setString(12, entry.hash());
        });
    }

    /**
     * Reads the whole chain in order and reports the first row that does not fit, then checks that the head points
     * at the last row. Streams the rows, so a trail of millions is checked in constant memory.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Head head = head();
        Checker checker = new Checker(chain);
        // rows appended while the check runs lie beyond the head read above; they are for the next check
        streaming.query("select * from audit_entry where seq <= ? order by seq", checker, head.seq());
        if (checker.broken != null) {
            return checker.broken;
        }
        if (checker.expectedSeq - 1 != head.seq() || !checker.previousHash.equals(head.hash())) {
            return ChainVerification.broken(checker.checked, checker.expectedSeq, ChainVerification.Problem.TRUNCATED);
        }
        LOG.info("Audit chain intact up to seq {} with hash {}", head.seq(), head.hash());
        return ChainVerification.intact(checker.checked);
    }

    /** Where the chain ends now; kept outside the database (logs), it shows later whether rows were cut off. */
    @Transactional(readOnly = true)
    public Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
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
        Pageable page = Paging.of(pageable, Sort.unsorted());
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.getPageSize());
        paged.add(page.getOffset());
        List<AuditEntry> rows = jdbc.sql("select * from audit_entry" + where + " order by seq desc limit ? offset ?")
                .params(paged)
                .query((rs, row) -> entry(rs))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** The facts of a row, read back from the canonical JSON it keeps them in. */
    public Map<String, String> details(AuditEntry entry) {
        return json.readValue(entry.details(), DETAILS);
    }

    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {
    };

    /** The last row of the chain: its number and hash. */
    public record Head(long seq, String hash) {
    }

    /** A record in line for the chain, and whether its event is in the chain already. */

    /** A row of audit_pending as an entry not yet linked into the chain, its place in line as its sequence. */
    private static AuditEntry pending(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), instant(rs, "occurred_at"), instant(rs, "recorded_at"), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("agency_code"), rs.getString("details"), rs.getObject("event_id", UUID.class), "", "");
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("agency_code"), rs.getString("details"),
                rs.getObject("event_id", UUID.class), rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Walks the rows in order, remembering the previous row's hash. */
    private static final class Checker implements RowCallbackHandler {

        private final ChainHash chain;
        long expectedSeq = 1;
        long checked;
        String previousHash = ChainHash.GENESIS;
        @Nullable ChainVerification broken;

        Checker(ChainHash chain) {
            this.chain = chain;
        }

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
            } else if (!chain.of(entry).equals(entry.hash())) {
                broken = ChainVerification.broken(checked, entry.seq(), ChainVerification.Problem.ALTERED);
            }
            previousHash = entry.hash();
            expectedSeq++;
        }
    }
}
