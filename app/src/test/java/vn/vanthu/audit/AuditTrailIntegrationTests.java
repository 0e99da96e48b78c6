package vn.vanthu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;
import vn.vanthu.core.AuditRecord;

@IntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsOrganisationChangesAndSignInsInAnUnbrokenChain() {
        Api api = new Api(mvc);
        String unitId = api.field(api.post(api.bearer("qt.tinh"), "/api/v1/agencies/000.00.00.H99/units",
                Map.of("name", "Tổ Công nghệ thông tin " + System.nanoTime(), "abbreviation",
                        "CNTT" + System.nanoTime() % 100000)), "/id");
        String stranger = "ke.la." + System.nanoTime();
        api.token(stranger, "Doan@mo123");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(trail.entries(null, "qt.tinh", unitId, PageRequest.of(0, 5)).getContent())
                    .extracting(AuditEntry::action).containsExactly("organisation.unit.created");
            // a name that matches no account is kept only in part: it may be a password typed in the wrong field
            String kept = stranger.substring(0, 3) + "…(" + stranger.length() + ")";
            assertThat(trail.entries(null, kept, null, PageRequest.of(0, 50)).getContent())
                    .extracting(AuditEntry::action).contains("security.sign-in.failed");
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void findsTheFirstRowThatWasAlteredAndSaysSo() {
        AuditEntry victim = trail.append(record("tamper-test"));
        trail.append(record("after-the-victim"));
        assertThat(trail.verify().intact()).isTrue();
        try {
            tamper("update audit_entry set details = '{\"roles\":\"[ADMIN]\"}' where seq = " + victim.seq());
            ChainVerification check = trail.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenSeq()).isEqualTo(victim.seq());
            assertThat(check.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
        } finally {
            tamper("update audit_entry set details = '" + victim.details() + "' where seq = " + victim.seq());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRowRehashedWithoutTheKeyIsStillFound() {
        AuditEntry victim = trail.append(record("rehash-test"));
        String forgedDetails = "{\"roles\":\"[ADMIN]\"}";
        AuditEntry forged = new AuditEntry(victim.seq(), victim.occurredAt(), victim.recordedAt(), victim.actor(),
                victim.action(), victim.subjectType(), victim.subjectId(), victim.agencyCode(), forgedDetails,
                victim.eventId(), victim.previousHash(), "");
        String guessedHash = new ChainHash("someone-who-guessed-at-the-key-0123456789".getBytes()).of(forged);
        try {
            tamper("update audit_entry set details = '" + forgedDetails + "', hash = '" + guessedHash
                    + "' where seq = " + victim.seq());
            ChainVerification check = trail.verify();
            assertThat(check.firstBrokenSeq()).isEqualTo(victim.seq());
            assertThat(check.problem()).isIn(ChainVerification.Problem.ALTERED, ChainVerification.Problem.RELINKED);
        } finally {
            tamper("update audit_entry set details = '" + victim.details() + "', hash = '" + victim.hash()
                    + "' where seq = " + victim.seq());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theSameEventHandedOverTwiceIsKeptOnce() {
        AuditRecord twice = record("redelivered");
        AuditEntry first = trail.append(twice);
        AuditEntry second = trail.append(twice);
        assertThat(second.seq()).isEqualTo(first.seq());
        assertThat(trail.entries(null, "test", "redelivered", PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToTruncateTheTrailOrMoveItsHeadBack() {
        trail.append(record("head-test"));
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_chain_head set last_seq = 0").update())
                .hasMessageContaining("only moves forward");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_chain_head").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void findsADeletedRow() {
        AuditEntry victim = trail.append(record("delete-test"));
        trail.append(record("after-the-deleted"));
        try {
            tamper("delete from audit_entry where seq = " + victim.seq());
            ChainVerification check = trail.verify();
            assertThat(check.firstBrokenSeq()).isEqualTo(victim.seq());
            assertThat(check.problem()).isEqualTo(ChainVerification.Problem.MISSING);
        } finally {
            jdbc.sql("""
                    insert into audit_entry (seq, occurred_at, recorded_at, actor, action, subject_type, subject_id,
                                             agency_code, details, event_id, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(victim.seq(), victim.occurredAt().atOffset(ZoneOffset.UTC),
                            victim.recordedAt().atOffset(ZoneOffset.UTC), victim.actor(), victim.action(),
                            victim.subjectType(), victim.subjectId(), victim.agencyCode(), victim.details(),
                            victim.eventId(), victim.previousHash(), victim.hash())
                    .update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToEditOrDeleteARow() {
        AuditEntry row = trail.append(record("append-only-test"));
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone' where seq = ?")
                .param(row.seq()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = ?").param(row.seq()).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void appendsFromManyThreadsLineUpInOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<AuditEntry>> appends = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                appends.add(pool.submit(() -> trail.append(record("concurrent-" + n))));
            }
            List<Long> seqs = new ArrayList<>();
            for (Future<AuditEntry> append : appends) {
                seqs.add(append.get().seq());
            }
            assertThat(seqs).doesNotHaveDuplicates().hasSize(200);
        } finally {
            pool.shutdown();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void onlySystemAdministratorsCheckTheChain() {
        Api api = new Api(mvc);
        assertThat(api.get(api.bearer("admin"), "/api/v1/audit/verification")).hasStatusOk().bodyJson()
                .extractingPath("$.intact").isEqualTo(true);
        assertThat(api.get(api.bearer("qt.tinh"), "/api/v1/audit/verification")).hasStatus(403);
    }

    @Test
    void anAgencyAdministratorReadsOnlyTheirAgencysRows() {
        Api api = new Api(mvc);
        String provinceAdmin = api.bearer("qt.tinh");
        assertThat(api.get(provinceAdmin, "/api/v1/audit/entries?agency=000.00.41.H99")).hasStatus(403);
        assertThat(api.get(provinceAdmin, "/api/v1/audit/entries")).hasStatusOk().bodyJson()
                .extractingPath("$.content[*].agencyCode").asArray().containsOnly("000.00.00.H99");
    }

    private void tamper(String sql) {
        jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
        }
    }

    private static AuditRecord record(String subject) {
        return new AuditRecord(UUID.randomUUID(), Instant.now(), "test", "test.appended", "test", subject, "000.00.00.H99",
                Map.of("note", "Ghi chú có dấu: Văn thư"));
    }
}
