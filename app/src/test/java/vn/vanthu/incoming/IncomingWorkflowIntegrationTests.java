package vn.vanthu.incoming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;
import vn.vanthu.audit.AuditEntry;
import vn.vanthu.audit.AuditTrail;
import vn.vanthu.core.VietnamTime;

/**
 * The life of an incoming document through the REST API, as the people of the provincial People's Committee
 * (000.00.00.H99) live it: vt.tinh the clerk, ld.tinh and pld.tinh the leaders, tp.tinh heading the general affairs
 * unit (TH) and cv.tinh a specialist in it. vt.huyen1 is a clerk of another agency.
 */
@IntegrationTest
class IncomingWorkflowIntegrationTests {

    private static final String PROVINCE = "000.00.00.H99";

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDocumentIsReceivedRegisteredSubmittedAssignedHandledAndCompleted() {
        String register = newRegister("Sổ văn bản đến thử quy trình");
        JsonNode received = created(receive("vt.tinh", details("Về việc phòng chống lụt bão năm 2026")
                .with("registerId", register).map(), pdf("Công văn phòng chống lụt bão")));
        String id = received.get("id").asString();
        assertThat(received.get("state").asString()).isEqualTo("REGISTERED");
        assertThat(received.get("arrivalNumber").asLong()).isEqualTo(1);
        assertThat(received.get("senderName").asString()).isEqualTo("Bộ Nội vụ");
        assertThat(received.get("files").get(0).get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(actions(received)).contains("SUBMIT", "REFUSE").doesNotContain("ASSIGN", "COMPLETE");

        ok(post("vt.tinh", id, "submit", Map.of("leaderId", person("ld.tinh"))));
        assertThat(inbox("ld.tinh", "PENDING")).contains(id);
        assertThat(inbox("vt.tinh", "DONE")).contains(id);

        LocalDate deadline = today().plusDays(5);
        JsonNode assigned = ok(post("ld.tinh", id, "assign", assignment(person("cv.tinh"), deadline,
                Set.of(person("tp.tinh")), Set.of(person("qt.tinh")), "Đề nghị tham mưu văn bản trả lời.")));
        assertThat(assigned.get("state").asString()).isEqualTo("IN_HANDLING");
        assertThat(assigned.get("handlingDeadline").asString()).isEqualTo(deadline.toString());
        assertThat(inbox("cv.tinh", "PENDING")).contains(id);
        assertThat(inbox("tp.tinh", "PENDING")).contains(id);
        assertThat(inbox("qt.tinh", "FOR_INFORMATION")).contains(id);
        assertThat(inbox("ld.tinh", "DONE")).contains(id);

        ok(post("tp.tinh", id, "opinions", Map.of("text", "Phòng Tổng hợp thống nhất, đề nghị bổ sung số liệu.")));
        assertThat(inbox("tp.tinh", "IN_PROGRESS")).contains(id);
        ok(post("cv.tinh", id, "opinions", Map.of("text", "Đã dự thảo văn bản trả lời.")));
        assertThat(inbox("cv.tinh", "IN_PROGRESS")).contains(id);

        JsonNode completed = ok(post("cv.tinh", id, "complete", Map.of("note", "Đã trả lời bằng văn bản.")));
        assertThat(completed.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("completedAt").isNull()).isFalse();
        assertThat(inbox("cv.tinh", "DONE")).contains(id);
        assertThat(inbox("tp.tinh", "DONE")).contains(id);

        JsonNode seen = ok(api().get(token("ld.tinh"), "/api/v1/incoming-documents/{id}", id));
        List<String> timeline = new ArrayList<>();
        seen.get("timeline").forEach(step -> timeline.add(step.get("action").asString()));
        assertThat(timeline).containsExactly("RECEIVED", "REGISTERED", "SUBMITTED", "ASSIGNED", "OPINION", "OPINION",
                "COMPLETED");
        assertThat(seen.get("timeline").get(3).get("note").asString()).isEqualTo("Đề nghị tham mưu văn bản trả lời.");
        assertThat(seen.get("timeline").get(4).get("note").asString())
                .isEqualTo("Phòng Tổng hợp thống nhất, đề nghị bổ sung số liệu.");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                trail.entries(null, null, id, PageRequest.of(0, 20)).getContent()).extracting(AuditEntry::action)
                .contains("incoming.received-and-registered", "incoming.submitted", "incoming.assigned",
                        "incoming.completed"));
    }

    @Test
    void everyStepOutOfPlaceIsRefusedWithAConflictAndChangesNothing() {
        String id = created(receive("vt.tinh", details("Về việc kiểm tra công tác văn thư").map(), pdf("Kiểm tra")))
                .get("id").asString();
        // not registered yet: nobody may submit, assign or complete it
        refused(post("vt.tinh", id, "submit", Map.of("leaderId", person("ld.tinh"))), "incoming.transition.submit");
        refused(post("ld.tinh", id, "assign", assignment(person("cv.tinh"), null, Set.of(), Set.of(), null)),
                "incoming.transition.assign");
        // the wrong person, whatever the state
        refused(post("ld.tinh", id, "register", Map.of("registerId", newRegister("Sổ thử"))),
                "incoming.not-allowed.register");
        refused(post("cv.tinh", id, "complete", Map.of()), "incoming.not-found");

        ok(post("vt.tinh", id, "register", Map.of("registerId", defaultRegister())));
        refused(post("vt.tinh", id, "register", Map.of("registerId", defaultRegister())),
                "incoming.transition.register");
        ok(post("vt.tinh", id, "submit", Map.of("leaderId", person("ld.tinh"))));
        refused(post("vt.tinh", id, "assign", assignment(person("cv.tinh"), null, Set.of(), Set.of(), null)),
                "incoming.not-allowed.assign");
        refused(post("ld.tinh", id, "complete", Map.of()), "incoming.not-allowed.complete");
        refused(post("ld.tinh", id, "reopen", Map.of("text", "Mở lại")), "incoming.transition.reopen");
        ok(post("ld.tinh", id, "assign", assignment(person("tp.tinh"), null, Set.of(), Set.of(), null)));
        refused(post("cv.tinh", id, "opinions", Map.of("text", "Tôi chưa được giao")), "incoming.not-found");
        refused(post("vt.tinh", id, "refuse", Map.of("text", "Không đúng thẩm quyền")),
                "incoming.transition.refuse");
        refused(post("tp.tinh", id, "submit", Map.of("leaderId", person("ld.tinh"))), "incoming.not-allowed.submit");

        JsonNode before = ok(api().get(token("ld.tinh"), "/api/v1/incoming-documents/{id}", id));
        refused(post("tp.tinh", id, "reopen", Map.of("text", "Mở lại")), "incoming.not-allowed.reopen");
        refused(post("ld.tinh", id, "delegate", Map.of("specialistId", person("cv.tinh"))),
                "incoming.not-allowed.delegate");
        JsonNode after = ok(api().get(token("ld.tinh"), "/api/v1/incoming-documents/{id}", id));
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(after.get("timeline").size()).isEqualTo(before.get("timeline").size());
        assertThat(after.get("state").asString()).isEqualTo("IN_HANDLING");
        // received first and registered later: two steps of the clerk, two rows in the trail
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                trail.entries(null, null, id, PageRequest.of(0, 20)).getContent()).extracting(AuditEntry::action)
                .contains("incoming.received", "incoming.registered", "incoming.submitted", "incoming.assigned")
                .doesNotContain("incoming.received-and-registered"));
    }

    @Test
    void aUnitHeadPassesTheLeadToASpecialistOfTheirUnit() {
        String id = registeredAndSubmitted("Về việc báo cáo tình hình kinh tế - xã hội quý IV");
        JsonNode assigned = ok(post("ld.tinh", id, "assign", assignmentToUnit(unitOf("tp.tinh"), today().plusDays(3),
                "Giao Phòng Tổng hợp chủ trì.")));
        assertThat(assigned.get("leadUnitName").asString()).isEqualTo(unitName("tp.tinh"));
        assertThat(inbox("tp.tinh", "PENDING")).contains(id);
        assertThat(actions(ok(api().get(token("tp.tinh"), "/api/v1/incoming-documents/{id}", id))))
                .contains("DELEGATE", "COMPLETE");

        refused(post("tp.tinh", id, "delegate", Map.of("specialistId", person("vt.tinh"))), 400,
                "incoming.delegate.not-in-unit");
        JsonNode delegated = ok(post("tp.tinh", id, "delegate", Map.of("specialistId", person("cv.tinh"))));
        assertThat(actions(delegated)).doesNotContain("COMPLETE");
        assertThat(inbox("tp.tinh", "DONE")).contains(id);
        assertThat(inbox("cv.tinh", "PENDING")).contains(id);
        refused(post("tp.tinh", id, "complete", Map.of()), "incoming.not-allowed.complete");
        assertThat(ok(post("cv.tinh", id, "complete", Map.of())).get("state").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void theLeaderRemindsReassignsAndReopens() {
        String id = registeredAndSubmitted("Về việc triển khai chuyển đổi số năm 2027");
        ok(post("ld.tinh", id, "assign", assignment(person("tp.tinh"), today().plusDays(2), Set.of(), Set.of(),
                null)));
        ok(post("ld.tinh", id, "remind", Map.of("note", "Đề nghị khẩn trương hoàn thành.")));
        JsonNode reassigned = ok(post("ld.tinh", id, "assign", assignment(person("cv.tinh"), today().plusDays(4),
                Set.of(), Set.of(), "Chuyển chuyên viên trực tiếp xử lý.")));
        assertThat(inbox("tp.tinh", "DONE")).contains(id);
        assertThat(inbox("cv.tinh", "PENDING")).contains(id);
        assertThat(reassigned.get("handlers").get(0).get("role").asString()).isEqualTo("LEAD");

        ok(post("cv.tinh", id, "complete", Map.of()));
        JsonNode reopened = ok(post("ld.tinh", id, "reopen", Map.of("text", "Số liệu chưa đầy đủ, xử lý tiếp.")));
        assertThat(reopened.get("state").asString()).isEqualTo("IN_HANDLING");
        assertThat(inbox("cv.tinh", "IN_PROGRESS")).contains(id);
        List<String> timeline = new ArrayList<>();
        reopened.get("timeline").forEach(step -> timeline.add(step.get("action").asString()));
        assertThat(timeline).contains("REMINDED", "REOPENED");
    }

    @Test
    void aDocumentRoutedWronglyGoesBackToTheClerksWhoMayRefuseIt() {
        String id = registeredAndSubmitted("Về việc không thuộc thẩm quyền");
        refused(post("ld.tinh", id, "return", Map.of("text", " ")), 400, "problem.validation");
        JsonNode returned = ok(post("ld.tinh", id, "return", Map.of("text", "Văn bản gửi nhầm, không thuộc UBND.")));
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(inbox("vt.tinh", "PENDING")).contains(id);
        JsonNode refusedDocument = ok(post("vt.tinh", id, "refuse", Map.of("text", "Trả lại nơi gửi: gửi nhầm.")));
        assertThat(refusedDocument.get("state").asString()).isEqualTo("REFUSED");
        assertThat(actions(refusedDocument)).isEmpty();
        assertThat(inbox("vt.tinh", "PENDING")).doesNotContain(id);
        refused(post("vt.tinh", id, "submit", Map.of("leaderId", person("ld.tinh"))), "incoming.transition.submit");
    }

    @Test
    void anotherAgencySeesNeitherTheDocumentNorItsFiles() {
        JsonNode document = created(receive("vt.tinh", details("Về việc nội bộ").map(), pdf("Nội bộ")));
        String id = document.get("id").asString();
        String file = document.get("files").get(0).get("id").asString();
        assertThat(api().get(token("vt.tinh"), "/api/v1/incoming-documents/{id}/files/{f}", id, file))
                .hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);

        for (String outsider : List.of("vt.huyen1", "cv.tinh")) {
            assertThat(api().get(token(outsider), "/api/v1/incoming-documents/{id}", id)).hasStatus(404);
            assertThat(api().get(token(outsider), "/api/v1/incoming-documents/{id}/files/{f}", id, file))
                    .hasStatus(404);
            assertThat(inbox(outsider, "PENDING")).doesNotContain(id);
        }
        refused(post("vt.huyen1", id, "refuse", Map.of("text", "Xóa hộ")), 404, "incoming.not-found");
        assertThat(ok(api().get(token("vt.tinh"), "/api/v1/incoming-documents/{id}", id)).get("state").asString())
                .isEqualTo("RECEIVED");
    }

    @Test
    void aSecretDocumentIsRegisteredByMetadataOnlyAndStaysWithClerksAndLeaders() {
        Map<String, Object> secret = details("Về việc bảo vệ bí mật nhà nước").with("confidentiality", "SECRET")
                .with("form", "PAPER_ONLY").map();
        assertThat(receive("vt.tinh", secret, pdf("Mật"))).hasStatus(400).bodyJson().extractingPath("$.code")
                .isEqualTo("incoming.secret.no-files");
        secret.put("registerId", defaultRegister());
        assertThat(receive("vt.tinh", secret)).hasStatus(400).bodyJson().extractingPath("$.code")
                .isEqualTo("incoming.register.secret-needs-confidential");
        secret.put("registerId", confidentialRegister());
        String id = created(receive("vt.tinh", secret)).get("id").asString();
        ok(post("vt.tinh", id, "submit", Map.of("leaderId", person("ld.tinh"))));

        refused(post("ld.tinh", id, "assign", assignment(person("cv.tinh"), null, Set.of(), Set.of(), null)),
                "incoming.secret.leaders-only");
        ok(post("ld.tinh", id, "assign", assignment(person("pld.tinh"), null, Set.of(), Set.of(), null)));
        assertThat(api().get(token("pld.tinh"), "/api/v1/incoming-documents/{id}", id)).hasStatusOk();
        assertThat(api().get(token("cv.tinh"), "/api/v1/incoming-documents/{id}", id)).hasStatus(404);
        assertThat(api().get(token("tp.tinh"), "/api/v1/incoming-documents/{id}", id)).hasStatus(404);
        Long files = jdbc.sql("select count(*) from incoming_file where document_id = ?::uuid").param(id)
                .query(Long.class).single();
        assertThat(files).isZero();
    }

    @Test
    void aProgramRenamedAsPdfIsRefusedAndNothingIsKept() {
        String subject = "Tệp giả mạo " + System.nanoTime();
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        MockMultipartFile disguised = new MockMultipartFile("files", "congvan.pdf", "application/pdf", program);
        assertThat(receive("vt.tinh", details(subject).map(), disguised)).hasStatus(400).bodyJson()
                .extractingPath("$.code").isEqualTo("storage.file.type-not-allowed");
        assertThat(jdbc.sql("select count(*) from incoming_document where subject = ?").param(subject)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theSameDocumentTwiceIsFlaggedUntilTheClerkConfirmsIt() {
        String notation = "QĐ-" + System.nanoTime() % 100000;
        Map<String, Object> first = details("Quyết định về việc khen thưởng").with("codeNotation", notation)
                .with("registerId", defaultRegister()).map();
        created(receive("vt.tinh", first));
        Map<String, Object> again = new HashMap<>(first);
        again.put("subject", "Quyết định khen thưởng (bản gửi lại)");
        assertThat(receive("vt.tinh", again)).hasStatus(409).bodyJson().extractingPath("$.code")
                .isEqualTo("incoming.duplicate");
        again.put("acceptDuplicate", true);
        assertThat(created(receive("vt.tinh", again)).get("state").asString()).isEqualTo("REGISTERED");
    }

    @Test
    void theRegisterBookListsThePeriodAndExportsItAsPdfAndSpreadsheet() throws IOException {
        String register = newRegister("Sổ đơn thư");
        for (String subject : List.of("Đơn kiến nghị về đất đai", "Đơn phản ánh về môi trường")) {
            created(receive("vt.tinh", details(subject).with("registerId", register).with("senderName",
                    "Ông Nguyễn Văn Ấn").with("senderCode", null).map()));
        }
        String query = "?register=" + register + "&from=" + today().minusDays(1) + "&to=" + today();
        JsonNode lines = ok(api().get(token("vt.tinh"), "/api/v1/incoming-register-book" + query));
        assertThat(lines.size()).isEqualTo(2);
        assertThat(lines.get(0).get("arrivalNumber").asLong()).isEqualTo(1);

        MvcTestResult pdf = api().get(token("vt.tinh"), "/api/v1/incoming-register-book.pdf" + query);
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument printed = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(printed);
            assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "Đơn kiến nghị về đất đai", "Ông Nguyễn Văn Ấn");
        }

        MvcTestResult xlsx = api().get(token("vt.tinh"), "/api/v1/incoming-register-book.xlsx" + query);
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> cells = new ArrayList<>();
            for (Row row : sheet) {
                row.forEach(cell -> cells.add(cell.toString()));
            }
            assertThat(cells).contains("Số đến", "Tác giả", "Ông Nguyễn Văn Ấn", "Công văn: Đơn phản ánh về môi trường");
        }
        assertThat(api().get(token("vt.huyen1"), "/api/v1/incoming-register-book" + query)).hasStatus(404);
    }

    @Test
    void eightClerksRegisteringAtOnceGetEveryNumberOnce() throws Exception {
        String register = newRegister("Sổ thử đồng thời");
        ExecutorService clerks = Executors.newFixedThreadPool(8);
        List<Future<List<Long>>> results = new ArrayList<>();
        try {
            for (int clerk = 0; clerk < 8; clerk++) {
                int c = clerk;
                results.add(clerks.submit(() -> {
                    List<Long> numbers = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        numbers.add(created(receive("vt.tinh", details("Văn bản đồng thời " + c + "-" + i)
                                .with("registerId", register).map())).get("arrivalNumber").asLong());
                    }
                    return numbers;
                }));
            }
            List<Long> numbers = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                numbers.addAll(result.get());
            }
            Collections.sort(numbers);
            assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
        } finally {
            clerks.shutdown();
        }
    }

    @Test
    void theInboxListsTheEarliestDeadlineFirstAndMarksLateWork() {
        String later = registeredAndSubmitted("Việc hạn sau");
        String sooner = registeredAndSubmitted("Việc hạn trước");
        ok(post("ld.tinh", later, "assign", assignment(person("qt.tinh"), today().plusDays(20), Set.of(), Set.of(),
                null)));
        ok(post("ld.tinh", sooner, "assign", assignment(person("qt.tinh"), today(), Set.of(), Set.of(), null)));
        JsonNode page = ok(api().get(token("qt.tinh"), "/api/v1/tasks?tab=PENDING&size=100"));
        List<String> order = new ArrayList<>();
        page.get("content").forEach(item -> order.add(item.get("documentId").asString()));
        assertThat(order.indexOf(sooner)).isLessThan(order.indexOf(later));
        JsonNode first = page.get("content").get(order.indexOf(sooner));
        assertThat(first.get("dueSoon").asBoolean()).isTrue();
        assertThat(first.get("overdue").asBoolean()).isFalse();
        JsonNode counts = ok(api().get(token("qt.tinh"), "/api/v1/tasks/counts"));
        assertThat(counts.get("PENDING").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(ok(api().get(token("qt.tinh"), "/api/v1/tasks?tab=PENDING&sender=bo noi vu&size=100"))
                .get("content").size()).isGreaterThanOrEqualTo(2);
        assertThat(ok(api().get(token("qt.tinh"), "/api/v1/tasks?tab=PENDING&sender=khong co ai&size=100"))
                .get("content").size()).isZero();
    }

    // ---- the steps, as an integrator writes them

    private String registeredAndSubmitted(String subject) {
        String id = created(receive("vt.tinh", details(subject).with("registerId", defaultRegister()).map(),
                pdf(subject))).get("id").asString();
        ok(post("vt.tinh", id, "submit", Map.of("leaderId", person("ld.tinh"))));
        return id;
    }

    private MvcTestResult receive(String clerk, Map<String, Object> metadata, MockMultipartFile... files) {
        var request = mvc.post().uri("/api/v1/incoming-documents").multipart()
                .file(new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE,
                        json.writeValueAsString(metadata).getBytes(StandardCharsets.UTF_8)));
        for (MockMultipartFile file : files) {
            request = request.file(file);
        }
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(clerk)).exchange();
    }

    private MvcTestResult post(String who, String id, String step, Object body) {
        return api().post(token(who), "/api/v1/incoming-documents/{id}/" + step, body, id);
    }

    private List<String> inbox(String who, String tab) {
        List<String> ids = new ArrayList<>();
        ok(api().get(token(who), "/api/v1/tasks?tab={tab}&size=200", tab)).get("content")
                .forEach(item -> ids.add(item.get("documentId").asString()));
        return ids;
    }

    private static Map<String, Object> assignment(String lead, LocalDate deadline, Set<String> coordinators,
            Set<String> informed, String instruction) {
        Map<String, Object> assignment = new HashMap<>();
        assignment.put("leadPersonId", lead);
        assignment.put("coordinatorIds", coordinators);
        assignment.put("informIds", informed);
        assignment.put("deadline", deadline == null ? null : deadline.toString());
        assignment.put("instruction", instruction);
        return assignment;
    }

    private static Map<String, Object> assignmentToUnit(String unit, LocalDate deadline, String instruction) {
        Map<String, Object> assignment = assignment(null, deadline, Set.of(), Set.of(), instruction);
        assignment.put("leadUnitId", unit);
        return assignment;
    }

    private Details details(String subject) {
        return new Details(subject);
    }

    /** Metadata as the receive form sends it: a letter from the Ministry of Home Affairs unless told otherwise. */
    private static final class Details {
        private static final AtomicLong NUMBERS = new AtomicLong(System.currentTimeMillis() % 1_000_000);
        private final Map<String, Object> values = new LinkedHashMap<>();

        Details(String subject) {
            values.put("senderCode", "000.00.00.G09");
            values.put("senderName", "Bộ Nội vụ");
            values.put("codeNumber", String.valueOf(NUMBERS.incrementAndGet()));
            values.put("codeNotation", "BNV-VP");
            values.put("promulgationDate", LocalDate.now(VietnamTime.ZONE).minusDays(2).toString());
            values.put("documentType", "CONG_VAN");
            values.put("subject", subject);
            values.put("signerName", "Nguyễn Văn Bình");
            values.put("urgency", "NORMAL");
            values.put("confidentiality", "NONE");
            values.put("pageCount", 2);
            values.put("form", "BORN_DIGITAL");
        }

        Details with(String key, Object value) {
            values.put(key, value);
            return this;
        }

        Map<String, Object> map() {
            return new HashMap<>(values);
        }
    }

    private static MockMultipartFile pdf(String title) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(title);
            document.save(out);
            return new MockMultipartFile("files", "van-ban.pdf", "application/pdf", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String newRegister(String name) {
        return created(api().post(token("vt.tinh"), "/api/v1/registers", Map.of("name", name + " " + System.nanoTime(),
                "kind", "INCOMING", "confidential", false))).get("id").asString();
    }

    private String defaultRegister() {
        return registerWhere(false);
    }

    private String confidentialRegister() {
        return registerWhere(true);
    }

    private String registerWhere(boolean confidential) {
        for (JsonNode register : ok(api().get(token("vt.tinh"), "/api/v1/registers"))) {
            if (register.get("confidential").asBoolean() == confidential && register.get("name").asString()
                    .startsWith(confidential ? "Sổ văn bản đến mật" : "Sổ văn bản đến")) {
                return register.get("id").asString();
            }
        }
        throw new IllegalStateException("no default register");
    }

    private String person(String username) {
        return me(username).get("id").asString();
    }

    private String unitOf(String username) {
        return me(username).get("unitId").asString();
    }

    private String unitName(String username) {
        return me(username).get("unitName").asString();
    }

    private JsonNode me(String username) {
        return api().me(username);
    }

    private String token(String username) {
        return api().token(username);
    }

    private Api api() {
        return new Api(mvc);
    }

    private static Set<String> actions(JsonNode document) {
        Set<String> actions = new java.util.TreeSet<>();
        document.get("allowedActions").forEach(action -> actions.add(action.asString()));
        return actions;
    }

    private JsonNode ok(MvcTestResult result) {
        return api().ok(result);
    }

    private JsonNode created(MvcTestResult result) {
        return api().created(result);
    }

    private void refused(MvcTestResult result, String code) {
        api().refused(result, code.equals("incoming.not-found") ? 404 : 409, code);
    }

    private void refused(MvcTestResult result, int status, String code) {
        api().refused(result, status, code);
    }

    private JsonNode read(MvcTestResult result) {
        return api().read(result);
    }

    private static LocalDate today() {
        return LocalDate.now(VietnamTime.ZONE);
    }
}
