package vn.vanthu.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Paging;

/**
 * The hash-chained audit trail: appends records one after another, whichever node writes them, reads them back
 * and checks that the chain is unbroken.
 */
@Service
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final String DEVELOPMENT_KEY = "vanthu-development-audit-key-known-to-everyone";
    private static final int MIN_KEY_BYTES = 32;
    private static final int STREAM_FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final JsonMapper json;
    private final ChainHash chain;

    AuditTrail(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json, AuditSettings settings,
            Environment environment) {
        this.jdbc = jdbc;
        this.json = json;
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(STREAM_FETCH_SIZE);
        this.chain = new ChainHash(key(settings, environment));
    }

    private static byte[] key(AuditSettings settings, Environment environment) {
        if (settings.key().isBlank()) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("Set VANTHU_AUDIT_KEY to a secret of at least " + MIN_KEY_BYTES
                        + " bytes kept outside the database (e.g. `openssl rand -base64 48`): the audit chain is "
                        + "keyed with it.");
            }
            LOG.warn("VANTHU_AUDIT_KEY is not set: the audit chain is keyed with the public development key.");
            return DEVELOPMENT_KEY.getBytes(StandardCharsets.UTF_8);
        }
        byte[] key = settings.key().getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("VANTHU_AUDIT_KEY must be at least " + MIN_KEY_BYTES + " bytes.");
        }
        return key;
    }

    /**
     * Appends a record at the head of the chain. The head's row lock puts concurrent appends in line. An event
     * already in the trail (handed over again by the publication registry) is not appended twice.
     */
    @Transactional
    public AuditEntry append(AuditRecord record) {
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        AuditEntry entry = new AuditEntry(head.seq() + 1, record.occurredAt().truncatedTo(ChronoUnit.MICROS),
                Instant.now().truncatedTo(ChronoUnit.MICROS), clip(record.actor(), 100), clip(record.action(), 100),
                clip(record.subjectType(), 50), clip(record.subjectId(), 100),
                record.agencyCode() == null ? null : clip(record.agencyCode(), 35),
                json.writeValueAsString(record.details()), record.eventId(), head.hash(), "");
        AuditEntry chained = entry.withHash(chain.of(entry));
        // one round trip while the head is locked: the row and the head move together, or neither does when the
        // event was recorded before (a redelivery)
        int moved = jdbc.sql("""
                with added as (
                    insert into audit_entry (seq, occurred_at, recorded_at, actor, action, subject_type, subject_id,
                                             agency_code, details, event_id, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (event_id) do nothing
                    returning seq, hash)
                update audit_chain_head set last_seq = added.seq, last_hash = added.hash from added where id = 1
                """)
                .params(chained.seq(), utc(chained.occurredAt()), utc(chained.recordedAt()), chained.actor(),
                        chained.action(), chained.subjectType(), chained.subjectId(), chained.agencyCode(),
                        chained.details(), chained.eventId(), chained.previousHash(), chained.hash())
                .update();
        if (moved == 0) {
            return jdbc.sql("select * from audit_entry where event_id = ?").param(record.eventId())
                    .query((rs, row) -> entry(rs)).single();
        }
        return chained;
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
