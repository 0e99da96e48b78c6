package vn.vanthu.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.vanthu.outgoing.OutgoingApi.addressee;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
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
import vn.vanthu.core.VietnamTime;
import vn.vanthu.signature.PhoneKeys;
import vn.vanthu.signature.SignatureValidation;
import vn.vanthu.signature.ValidationReport;
import vn.vanthu.signature.Verdict;

/**
 * The life of an outgoing document through the REST API, with the demo accounts of the provincial People's
 * Committee: cv.tinh drafts, tp.tinh reviews, ld.tinh signs, vt.tinh numbers and issues to the first district and
 * the first commune, whose clerks and leaders take it up, and the sender sees their progress.
 */
@IntegrationTest
class OutgoingWorkflowIntegrationTests {

    private static final String PROVINCE = "000.00.00.H99";
    private static final String PIN = OutgoingApi.PIN;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignatureValidation validation;

    @Test
    void aDraftIsReviewedSignedNumberedIssuedAndItsRecipientsProgressComesBack() throws Exception {
        String district = agencyOf("vt.huyen1");
        String commune = agencyOf("vt.xa1");
        JsonNode drafted = created(draft("cv.tinh", details("Về việc tổ chức Tết trồng cây năm 2027",
                List.of(addressee(district, null), addressee(commune, null), addressee("000.00.00.G09", "Bộ Nội vụ"),
                        addressee(null, "Như Điều 3")))));
        String id = drafted.get("id").asString();
        assertThat(drafted.get("state").asString()).isEqualTo("DRAFT");
        assertThat(drafted.get("versions").get(0).get("source").asString()).isEqualTo("COMPOSED");
        assertThat(drafted.get("recipients")).extracting(r -> r.get("delivery").asString())
                .containsExactly("INTERNAL", "INTERNAL", "WAITING_FOR_EXCHANGE", "PAPER");

        // nobody outside the chain reads or acts on the draft
        refused(api().get(token("qt.tinh"), "/api/v1/outgoing-documents/{id}", id), 404, "outgoing.not-found");
        refused(post("cv.huyen1", id, "approve", Map.of()), 404, "outgoing.not-found");
        refused(post("ld.tinh", id, "sign", Map.of("pin", PIN)), 404, "outgoing.not-found");

        JsonNode submitted = ok(post("cv.tinh", id, "submit", Map.of("toId", person("tp.tinh"), "note", "Kính trình")));
        assertThat(submitted.get("state").asString()).isEqualTo("IN_REVIEW");
        assertThat(submitted.get("reviewerName").asString()).isEqualTo(me("tp.tinh").get("fullName").asString());
        refused(post("cv.tinh", id, "approve", Map.of()), 409, "outgoing.not-allowed.approve");
        assertThat(tab("tp.tinh", "TO_REVIEW")).contains(id);

        JsonNode approved = ok(post("tp.tinh", id, "approve", Map.of("note", "Đồng ý, kính trình Chủ tịch")));
        assertThat(approved.get("reviewerName").asString()).isEqualTo(me("ld.tinh").get("fullName").asString());
        assertThat(tab("ld.tinh", "TO_SIGN")).contains(id);
        refused(post("vt.tinh", id, "issue", Map.of("registerId", outgoingRegister(), "pin", PIN)), 404,
                "outgoing.not-found");

        JsonNode signed = ok(post("ld.tinh", id, "sign", Map.of("pin", PIN)));
        assertThat(signed.get("state").asString()).isEqualTo("SIGNED");
        assertThat(tab("vt.tinh", "TO_ISSUE")).contains(id);

        JsonNode issued = ok(post("vt.tinh", id, "issue", Map.of("registerId", outgoingRegister(), "pin", PIN)));
        assertThat(issued.get("state").asString()).isEqualTo("ISSUED");
        String number = issued.get("codeNumber").asString();
        String notation = "QĐ-" + abbreviation(PROVINCE);
        assertThat(number).matches("\\d{2,}");
        assertThat(issued.get("codeNotation").asString()).isEqualTo(notation);
        String today = LocalDate.now(VietnamTime.ZONE).toString().replace('-', '/');
        assertThat(issued.get("documentIdentity").asString())
                .isEqualTo(PROVINCE + "," + today + "," + number + "/" + notation);

        // the page's badge: the issued file's signatures are checked after the issue
        await().atMost(Duration.ofSeconds(20)).until(() -> "VALID".equals(ok(api().get(token("vt.tinh"),
                "/api/v1/outgoing-documents/{id}", id)).get("signatures").asString()));

        // the issued file: the official's and the agency's signatures, both valid, over the number written in
        byte[] pdf = file("vt.tinh", id, "main");
        ValidationReport report = validation.validate(pdf, "issued.pdf");
        assertThat(report.count()).isEqualTo(2);
        assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.VALID);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            assertThat(form.getField("vanthu_number").getValueAsString()).isEqualTo(number);
            assertThat(form.getField("vanthu_day").getValueAsString()).isNotBlank();
        }
        if (vn.vanthu.signature.Tools.installed("pdfsig")) {
            Path saved = Files.createTempFile("issued", ".pdf");
            Files.write(saved, pdf);
            String pdfsig = vn.vanthu.signature.Tools.run("pdfsig", saved.toString());
            assertThat(pdfsig.split("Signature is Valid", -1)).as(pdfsig).hasSize(3);
            Files.delete(saved);
        }

        // the district and the commune find it in their clerks' queue at once, and the sender hears of it
        String copy = await().atMost(Duration.ofSeconds(20)).until(() -> clerkCopy("vt.huyen1", id), c -> c != null);
        assertThat(clerkCopy("vt.xa1", id)).isNotNull();
        JsonNode received = ok(api().get(token("vt.huyen1"), "/api/v1/incoming-documents/{id}", copy));
        assertThat(received.get("codeNumber").asString()).isEqualTo(number);
        assertThat(received.get("codeNotation").asString()).isEqualTo(notation);
        assertThat(received.get("senderCode").asString()).isEqualTo(PROVINCE);
        assertThat(received.get("files")).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id, district).equals("DELIVERED")
                && status(id, commune).equals("DELIVERED"));

        ok(api().post(token("vt.huyen1"), "/api/v1/incoming-documents/{id}/register",
                Map.of("registerId", api().incomingRegister("vt.huyen1")), copy));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id, district).equals("ACCEPTED"));
        ok(api().post(token("vt.huyen1"), "/api/v1/incoming-documents/{id}/submit",
                Map.of("leaderId", person("ld.huyen1")), copy));
        Map<String, Object> assignment = new HashMap<>();
        assignment.put("leadPersonId", person("cv.huyen1"));
        assignment.put("instruction", "Chủ trì tham mưu tổ chức");
        ok(api().post(token("ld.huyen1"), "/api/v1/incoming-documents/{id}/assign", assignment, copy));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id, district).equals("ASSIGNED"));

        JsonNode table = outgoing().recipient(id, district);
        assertThat(table.get("deliveredAt").isNull()).isFalse();
        assertThat(table.get("acceptedAt").isNull()).isFalse();
        assertThat(table.get("assignedAt").isNull()).isFalse();
        assertThat(outgoing().recipient(id, commune).get("acceptedAt").isNull()).isTrue();
        assertThat(outgoing().recipient(id, "000.00.00.G09").get("delivery").asString())
                .isEqualTo("WAITING_FOR_EXCHANGE");

        // the province's leaders read what was issued; an outsider still does not
        ok(api().get(token("pld.tinh"), "/api/v1/outgoing-documents/{id}", id));
        refused(api().get(token("qt.tinh"), "/api/v1/outgoing-documents/{id}", id), 404, "outgoing.not-found");
        refused(api().get(token("cv.huyen1"), "/api/v1/outgoing-documents/{id}/files/main", id), 404,
                "outgoing.not-found");
    }

    @Test
    void aWrongPinAfterNumberingLeavesNoIssuedDocumentAndNoBurnedNumber() {
        String register = outgoingRegister();
        String id = signedDocument("Về việc thử cấp số khi ký số cơ quan lỗi");
        long before = lastNumber(register);

        refused(post("vt.tinh", id, "issue", Map.of("registerId", register, "pin", "000000")), 400,
                "signature.pin.wrong");

        assertThat(lastNumber(register)).isEqualTo(before);
        JsonNode document = ok(api().get(token("vt.tinh"), "/api/v1/outgoing-documents/{id}", id));
        assertThat(document.get("state").asString()).isEqualTo("SIGNED");
        assertThat(document.get("codeNumber").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from outgoing_document where id = ?::uuid and issue_number is not null")
                .param(id).query(Long.class).single()).isZero();

        JsonNode issued = ok(post("vt.tinh", id, "issue", Map.of("registerId", register, "pin", PIN)));
        assertThat(Long.parseLong(issued.get("codeNumber").asString())).isEqualTo(before + 1);
    }

    @Test
    void concurrentIssuesTakeConsecutiveNumbers() throws Exception {
        String register = outgoingRegister();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(signedDocument("Về việc thử cấp số đồng thời " + i));
        }
        long before = lastNumber(register);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<JsonNode>> issues = new ArrayList<>();
        for (String id : ids) {
            issues.add(pool.submit(() -> ok(post("vt.tinh", id, "issue", Map.of("registerId", register, "pin",
                    PIN)))));
        }
        Set<Long> numbers = new TreeSet<>();
        for (Future<JsonNode> issue : issues) {
            numbers.add(Long.parseLong(issue.get().get("codeNumber").asString()));
        }
        pool.shutdown();
        assertThat(numbers).containsExactly(before + 1, before + 2, before + 3, before + 4);
    }

    @Test
    void aReviewerReturnsTheDraftWithAReasonAndTheDrafterRevisesAndResubmits() {
        String id = created(draft("cv.tinh", details("Về việc thử trả lại dự thảo", List.of()))).get("id").asString();
        ok(post("cv.tinh", id, "submit", Map.of("toId", person("tp.tinh"))));
        refused(post("ld.tinh", id, "sign", Map.of("pin", PIN)), 409, "outgoing.not-allowed.sign");
        refused(post("tp.tinh", id, "return", Map.of("text", " ")), 400, null);
        Map<String, Object> takeover = details("Về việc thử trả lại dự thảo", List.of());
        takeover.put("signerId", person("tp.tinh"));
        takeover.put("authority", "TL");
        refused(api().put(token("tp.tinh"), "/api/v1/outgoing-documents/{id}", takeover, id), 409,
                "outgoing.not-allowed.submit");
        JsonNode returned = ok(post("tp.tinh", id, "return", Map.of("text", "Sửa lại căn cứ pháp lý")));
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("timeline")).extracting(step -> step.get("action").asString())
                .containsExactly("DRAFTED", "SUBMITTED", "RETURNED");

        MvcTestResult revised = mvc.post().uri("/api/v1/outgoing-documents/{id}/versions", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("cv.tinh"))
                .multipart().file(outgoing().composition("Nội dung đã sửa theo ý kiến trưởng phòng.")).exchange();
        assertThat(ok(revised).get("versions")).hasSize(2);
        Map<String, Object> retitled = details("Về việc thử trả lại dự thảo (sửa trích yếu)", List.of());
        JsonNode changed = ok(api().put(token("cv.tinh"), "/api/v1/outgoing-documents/{id}", retitled, id));
        assertThat(changed.get("subject").asString()).isEqualTo("Về việc thử trả lại dự thảo (sửa trích yếu)");
        assertThat(changed.get("versions")).hasSize(3);
        assertThat(changed.get("timeline")).extracting(step -> step.get("action").asString()).contains("CHANGED");
        JsonNode resubmitted = ok(post("cv.tinh", id, "submit", Map.of()));
        assertThat(resubmitted.get("reviewerName").asString()).isEqualTo(me("ld.tinh").get("fullName").asString());
        refused(post("cv.tinh", id, "submit", Map.of()), 409, "outgoing.transition.submit");
    }

    @Test
    void theSignerSignsFromTheirEnrolledPhone() throws Exception {
        KeyPair phone = PhoneKeys.generate();
        String publicKey = Base64.getEncoder().encodeToString(phone.getPublic().getEncoded());
        created(api().post(token("pld.tinh"), "/api/v1/signatures/phone/enrolments", Map.of("publicKey", publicKey,
                "deviceName", "Điện thoại Phó Chủ tịch", "password", Api.DEMO_PASSWORD, "proof", PhoneKeys.sign(
                        phone.getPrivate(), ("vanthu-enrol:pld.tinh:" + publicKey).getBytes(StandardCharsets.UTF_8)))));
        Map<String, Object> metadata = details("Về việc thử ký ban hành trên điện thoại", List.of());
        metadata.put("signerId", person("pld.tinh"));
        metadata.put("authority", "KT");
        metadata.put("authorityOf", "Chủ tịch");
        String id = created(draft("cv.tinh", metadata)).get("id").asString();
        ok(post("cv.tinh", id, "submit", Map.of()));

        JsonNode request = ok(post("pld.tinh", id, "phone-signing", Map.of()));
        assertThat(request.get("subject").asString()).isEqualTo("Về việc thử ký ban hành trên điện thoại");
        byte[] dataToSign = Base64.getDecoder().decode(request.get("dataToSign").asString());
        ok(api().post(token("pld.tinh"), "/api/v1/signatures/phone/requests/{id}/approval",
                Map.of("signature", PhoneKeys.sign(phone.getPrivate(), dataToSign)), request.get("id").asString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> ok(api().get(token("vt.tinh"),
                "/api/v1/outgoing-documents/{id}", id)).get("state").asString().equals("SIGNED"));
        ValidationReport report = validation.validate(file("vt.tinh", id, "main"), "signed.pdf");
        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().get(0).signer()).isEqualTo(me("pld.tinh").get("fullName").asString());
    }

    @Test
    void aRecallIsAcceptedByOneRecipientAndRefusedByAnother() {
        String district = agencyOf("vt.huyen1");
        String commune = agencyOf("vt.xa1");
        String id = issuedTo("Về việc thử thu hồi văn bản", List.of(addressee(district, null),
                addressee(commune, null)));
        String districtCopy = await().atMost(Duration.ofSeconds(20)).until(() -> clerkCopy("vt.huyen1", id),
                c -> c != null);
        String communeCopy = await().atMost(Duration.ofSeconds(20)).until(() -> clerkCopy("vt.xa1", id),
                c -> c != null);
        ok(api().post(token("vt.huyen1"), "/api/v1/incoming-documents/{id}/register",
                Map.of("registerId", api().incomingRegister("vt.huyen1")), districtCopy));
        ok(api().post(token("vt.huyen1"), "/api/v1/incoming-documents/{id}/submit",
                Map.of("leaderId", person("ld.huyen1")), districtCopy));
        ok(api().post(token("ld.huyen1"), "/api/v1/incoming-documents/{id}/assign",
                Map.of("leadPersonId", person("cv.huyen1")), districtCopy));
        ok(api().get(token("cv.huyen1"), "/api/v1/incoming-documents/{id}", districtCopy));
        ok(api().post(token("vt.xa1"), "/api/v1/incoming-documents/{id}/register",
                Map.of("registerId", api().incomingRegister("vt.xa1")), communeCopy));

        refused(post("cv.tinh", id, "recall", Map.of("text", "Sai thể thức")), 409, "outgoing.not-allowed.recall");
        JsonNode recalled = ok(post("vt.tinh", id, "recall", Map.of("text", "Ban hành nhầm đối tượng")));
        assertThat(recalled.get("state").asString()).isEqualTo("RECALLED");
        refused(post("vt.tinh", id, "recall", Map.of("text", "Lần nữa")), 409, "outgoing.transition.recall");

        await().atMost(Duration.ofSeconds(20)).until(() -> "REQUESTED".equals(ok(api().get(token("vt.huyen1"),
                "/api/v1/incoming-documents/{id}", districtCopy)).get("recallState").asString()));
        refused(api().post(token("cv.huyen1"), "/api/v1/incoming-documents/{id}/recall-acceptance", Map.of(),
                districtCopy), 409, "incoming.not-allowed.accept_recall");
        JsonNode accepted = ok(api().post(token("vt.huyen1"), "/api/v1/incoming-documents/{id}/recall-acceptance",
                Map.of(), districtCopy));
        assertThat(accepted.get("state").asString()).isEqualTo("RECALLED");
        assertThat(accepted.get("files")).isEmpty();
        // the handler no longer sees it; the clerk keeps the record
        refused(api().get(token("cv.huyen1"), "/api/v1/incoming-documents/{id}", districtCopy), 404,
                "incoming.not-found");

        await().atMost(Duration.ofSeconds(20)).until(() -> "REQUESTED".equals(ok(api().get(token("vt.xa1"),
                "/api/v1/incoming-documents/{id}", communeCopy)).get("recallState").asString()));
        ok(api().post(token("vt.xa1"), "/api/v1/incoming-documents/{id}/recall-refusal",
                Map.of("text", "Đã triển khai thực hiện"), communeCopy));
        // the refused recall leaves the copy where it was: in the commune clerks' queue, to submit
        assertThat(clerkCopy("vt.xa1", id)).isEqualTo(communeCopy);
        // the accepted one left everyone's lists
        assertThat(clerkCopy("vt.huyen1", id)).isNull();
        JsonNode handlerDone = ok(api().get(token("cv.huyen1"), "/api/v1/tasks?tab=PENDING&size=200"));
        assertThat(handlerDone.get("content")).noneMatch(item -> item.get("documentId").asString()
                .equals(districtCopy));

        await().atMost(Duration.ofSeconds(20)).until(() -> "RECALL_ACCEPTED".equals(
                outgoing().recipient(id, district).get("recallStatus").asString())
                && "RECALL_REFUSED".equals(outgoing().recipient(id, commune).get("recallStatus").asString()));
        assertThat(outgoing().recipient(id, commune).get("recallNote").asString()).isEqualTo("Đã triển khai thực hiện");
        assertThat(outgoing().recipient(id, district).get("recallAnsweredAt").isNull()).isFalse();
        refused(post("vt.tinh", id, "comments", Map.of("text", "Ghi chú")), 409, "outgoing.transition.comment");
        // the register keeps its line, with the recall in the notes
        JsonNode book = ok(api().get(token("vt.tinh"), "/api/v1/outgoing-register-book?register={r}",
                outgoingRegister()));
        assertThat(book.get("content")).anyMatch(line -> line.get("documentId").asString().equals(id)
                && "Ban hành nhầm đối tượng".equals(line.get("recallReason").asString()));
    }

    @Test
    void aReplacementIsLinkedBothWaysAtTheSenderAndAtTheRecipient() {
        String district = agencyOf("vt.huyen1");
        String older = issuedTo("Về việc thử văn bản bị thay thế", List.of(addressee(district, null)));
        String olderCopy = await().atMost(Duration.ofSeconds(20)).until(() -> clerkCopy("vt.huyen1", older),
                c -> c != null);

        Map<String, Object> metadata = details("Về việc thử văn bản thay thế", List.of(addressee(district, null)));
        metadata.put("replacesId", older);
        String newer = outgoing().issued(metadata, outgoingRegister()).get("id").asString();

        JsonNode replaced = ok(api().get(token("vt.tinh"), "/api/v1/outgoing-documents/{id}", older));
        assertThat(replaced.get("replacedById").asString()).isEqualTo(newer);
        String newerCopy = await().atMost(Duration.ofSeconds(20)).until(() -> clerkCopy("vt.huyen1", newer),
                c -> c != null);
        await().atMost(Duration.ofSeconds(20)).until(() -> newerCopy.equals(ok(api().get(token("vt.huyen1"),
                "/api/v1/incoming-documents/{id}", olderCopy)).get("replacedById").asString()));
        assertThat(ok(api().get(token("vt.huyen1"), "/api/v1/incoming-documents/{id}", newerCopy))
                .get("replacesId").asString()).isEqualTo(olderCopy);

        Map<String, Object> again = details("Về việc thử thay thế dự thảo", List.of());
        again.put("replacesId", created(draft("cv.tinh", details("Về việc thử dự thảo chưa ban hành", List.of())))
                .get("id").asString());
        refused(draft("cv.tinh", again), 400, "outgoing.replaces.not-issued");
        Map<String, Object> stranger = details("Về việc thử thay thế văn bản người khác", List.of());
        stranger.put("replacesId", newer);
        refused(draft("qt.tinh", stranger), 400, "outgoing.replaces.not-issued");
    }

    @Test
    void aDraftSubmittedWithoutAReviewerFollowsTheAgencysReviewChain() {
        Map<String, Object> chain = new HashMap<>();
        chain.put("documentType", "THONG_BAO");
        chain.put("steps", List.of("unit-head", person("pld.tinh")));
        refused(api().put(token("cv.tinh"), "/api/v1/review-chains", chain), 403, "outgoing.chain.not-permitted");
        ok(api().put(token("ld.tinh"), "/api/v1/review-chains", chain));

        Map<String, Object> metadata = details("Thông báo thử quy trình duyệt", List.of());
        metadata.put("documentType", "THONG_BAO");
        String id = created(draft("cv.tinh", metadata)).get("id").asString();
        assertThat(ok(post("cv.tinh", id, "submit", Map.of())).get("reviewerId").asString())
                .isEqualTo(person("tp.tinh"));
        assertThat(ok(post("tp.tinh", id, "approve", Map.of())).get("reviewerId").asString())
                .isEqualTo(person("pld.tinh"));
        assertThat(ok(post("pld.tinh", id, "approve", Map.of())).get("reviewerId").asString())
                .isEqualTo(person("ld.tinh"));
        chain.put("steps", List.of());
        ok(api().put(token("ld.tinh"), "/api/v1/review-chains", chain));
    }

    @Test
    void aCorrectionOfTheSubjectReachesTheRecipientsCopy() {
        String district = agencyOf("vt.huyen1");
        String id = issuedTo("Về việc thử cập nhật thông tin", List.of(addressee(district, null)));
        String copy = await().atMost(Duration.ofSeconds(20)).until(() -> clerkCopy("vt.huyen1", id), c -> c != null);
        refused(post("cv.tinh", id, "correction", Map.of("subject", "Sửa", "reason", "Sai chính tả")), 409,
                "outgoing.not-allowed.update");
        JsonNode corrected = ok(post("vt.tinh", id, "correction", Map.of("subject",
                "Về việc thử cập nhật thông tin văn bản", "reason", "Trích yếu thiếu chữ")));
        assertThat(corrected.get("subject").asString()).isEqualTo("Về việc thử cập nhật thông tin văn bản");
        await().atMost(Duration.ofSeconds(20)).until(() -> ok(api().get(token("vt.huyen1"),
                "/api/v1/incoming-documents/{id}", copy)).get("subject").asString()
                .equals("Về việc thử cập nhật thông tin văn bản"));
        assertThat(ok(api().get(token("vt.huyen1"), "/api/v1/incoming-documents/{id}", copy)).get("timeline"))
                .extracting(step -> step.get("action").asString()).contains("UPDATED");
    }

    @Test
    void secretDocumentsMadeOnPaperAreNumberedInTheirOwnSeries() {
        String secretRegister = outgoing().outgoingRegister(true);
        long before = lastNumber(secretRegister);
        Map<String, Object> metadata = details("Kế hoạch bảo vệ bí mật nhà nước năm 2027", List.of(
                addressee(agencyOf("vt.huyen1"), null)));
        metadata.put("confidentiality", "SECRET");
        refused(api().post(token("cv.tinh"), "/api/v1/outgoing-documents/paper",
                Map.of("metadata", metadata, "registerId", secretRegister)), 403, "outgoing.not-allowed.issue");
        refused(api().post(token("vt.tinh"), "/api/v1/outgoing-documents/paper",
                Map.of("metadata", metadata, "registerId", outgoingRegister())), 400,
                "outgoing.register.confidential-for-secret-only");

        JsonNode first = created(api().post(token("vt.tinh"), "/api/v1/outgoing-documents/paper",
                Map.of("metadata", metadata, "registerId", secretRegister)));
        JsonNode second = created(api().post(token("vt.tinh"), "/api/v1/outgoing-documents/paper",
                Map.of("metadata", metadata, "registerId", secretRegister)));
        assertThat(Long.parseLong(first.get("codeNumber").asString())).isEqualTo(before + 1);
        assertThat(Long.parseLong(second.get("codeNumber").asString())).isEqualTo(before + 2);
        assertThat(first.get("state").asString()).isEqualTo("ISSUED");
        assertThat(first.get("versions")).isEmpty();
        assertThat(first.get("recipients").get(0).get("delivery").asString()).isEqualTo("PAPER");
        ok(api().get(token("pld.tinh"), "/api/v1/outgoing-documents/{id}", first.get("id").asString()));
        refused(api().get(token("cv.tinh"), "/api/v1/outgoing-documents/{id}", first.get("id").asString()), 404,
                "outgoing.not-found");

        metadata.put("confidentiality", "NONE");
        refused(api().post(token("vt.tinh"), "/api/v1/outgoing-documents/paper",
                Map.of("metadata", metadata, "registerId", secretRegister)), 400, "outgoing.paper.secret-only");
    }

    @Test
    void aReplyNamesTheIncomingDocumentItAnswersWhichRecordsTheReplysNumber() {
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("senderName", "Bộ Nội vụ");
        received.put("codeNumber", "4521");
        received.put("codeNotation", "BNV-VP");
        received.put("promulgationDate", LocalDate.now(VietnamTime.ZONE).minusDays(3).toString());
        received.put("documentType", "CONG_VAN");
        received.put("subject", "Về việc báo cáo công tác văn thư năm 2026");
        received.put("urgency", "NORMAL");
        received.put("confidentiality", "NONE");
        received.put("form", "PAPER_ONLY");
        received.put("registerId", api().incomingRegister("vt.tinh"));
        received.put("acceptDuplicate", true);
        String incoming = created(mvc.post().uri("/api/v1/incoming-documents")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("vt.tinh")).multipart()
                .file(new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE,
                        JsonMapper.builder().build().writeValueAsBytes(received))).exchange()).get("id").asString();
        Map<String, Object> answer = details("Về việc thử trả lời văn bản", List.of());
        answer.put("answersIncomingId", incoming);
        refused(draft("cv.tinh", answer), 400, "outgoing.answers.not-found");

        ok(api().post(token("vt.tinh"), "/api/v1/incoming-documents/{id}/submit",
                Map.of("leaderId", person("ld.tinh")), incoming));
        ok(api().post(token("ld.tinh"), "/api/v1/incoming-documents/{id}/assign",
                Map.of("leadPersonId", person("cv.tinh")), incoming));
        String reply = created(draft("cv.tinh", answer)).get("id").asString();
        ok(post("cv.tinh", reply, "submit", Map.of()));
        ok(post("ld.tinh", reply, "sign", Map.of("pin", PIN)));
        JsonNode issued = ok(post("vt.tinh", reply, "issue", Map.of("registerId", outgoingRegister(), "pin", PIN)));
        assertThat(issued.get("answersIncomingId").asString()).isEqualTo(incoming);
        String number = issued.get("codeNumber").asString() + "/" + issued.get("codeNotation").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> number.equals(ok(api().get(token("cv.tinh"),
                "/api/v1/incoming-documents/{id}", incoming)).get("answeredBy").asString()));
    }

    @Test
    void anUploadedDraftWhoseNotationIsNotTheRegistersIsRefusedBeforeNumbering() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument();
                InputStream font = new ClassPathResource("fonts/LiberationSerif-Regular.ttf").getInputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font serif = PDType0Font.load(document, font);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(serif, 13);
                text.newLineAtOffset(110, 760);
                text.showText("Số:        /CV-SAI");
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        String id = created(outgoing().draftUploaded("cv.tinh", details("Về việc thử ký hiệu sai", List.of()), pdf))
                .get("id").asString();
        ok(post("cv.tinh", id, "submit", Map.of()));
        ok(post("ld.tinh", id, "sign", Map.of("pin", PIN)));
        String register = outgoingRegister();
        long before = lastNumber(register);
        refused(post("vt.tinh", id, "issue", Map.of("registerId", register, "pin", PIN)), 409,
                "outgoing.notation.mismatch");
        assertThat(lastNumber(register)).isEqualTo(before);
    }

    @Test
    void badDraftsAreRefusedWithTheFieldNamed() {
        Map<String, Object> notCompetent = details("Về việc thử người ký", List.of());
        notCompetent.put("signerId", person("cv.tinh"));
        refused(draft("cv.tinh", notCompetent), 400, "outgoing.signer.not-competent");

        Map<String, Object> secret = details("Về việc thử văn bản mật", List.of());
        secret.put("confidentiality", "SECRET");
        refused(draft("cv.tinh", secret), 400, "outgoing.secret.not-online");

        Map<String, Object> stranger = details("Về việc thử nơi nhận", List.of(addressee("000.00.00.Z99", null)));
        refused(draft("cv.tinh", stranger), 400, "outgoing.recipient.name-required");
        assertThat(jdbc.sql("select count(*) from outgoing_document where subject like 'Về việc thử người ký%'")
                .query(Long.class).single()).isZero();
    }

    private String issuedTo(String subject, List<Map<String, Object>> recipients) {
        return outgoing().issued(details(subject, recipients), outgoingRegister()).get("id").asString();
    }

    private String signedDocument(String subject) {
        return outgoing().signedDocument(subject);
    }

    private MvcTestResult draft(String who, Map<String, Object> metadata) {
        return outgoing().draft(who, metadata);
    }

    private Map<String, Object> details(String subject, List<Map<String, Object>> recipients) {
        return outgoing().details(subject, recipients);
    }

    private MvcTestResult post(String who, String id, String step, Object body) {
        return outgoing().post(who, id, step, body);
    }

    private List<String> tab(String who, String tab) {
        List<String> ids = new ArrayList<>();
        ok(api().get(token(who), "/api/v1/outgoing-documents?tab={tab}&size=200", tab)).get("content")
                .forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    /** The clerk's copy of the outgoing document, from their pending tasks. */
    private String clerkCopy(String clerk, String outgoingId) {
        for (JsonNode item : ok(api().get(token(clerk), "/api/v1/tasks?tab=PENDING&size=200")).get("content")) {
            String copy = item.get("documentId").asString();
            Long found = jdbc.sql("select count(*) from incoming_document where id = ?::uuid and origin_id = ?::uuid")
                    .params(copy, outgoingId).query(Long.class).single();
            if (found == 1) {
                return copy;
            }
        }
        return null;
    }

    private String status(String id, String agency) {
        JsonNode status = outgoing().recipient(id, agency).get("status");
        return status == null || status.isNull() ? "" : status.asString();
    }

    private byte[] file(String who, String id, String which) {
        MvcTestResult result = api().get(token(who), "/api/v1/outgoing-documents/{id}/files/{which}", id, which);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    private long lastNumber(String register) {
        return jdbc.sql("select coalesce(max(last_number), 0) from register_counter where register_id = ?::uuid")
                .param(register).query(Long.class).single();
    }

    private String abbreviation(String agency) {
        return ok(api().get(token("vt.tinh"), "/api/v1/agencies/{code}", agency)).get("abbreviation").asString();
    }

    private String agencyOf(String username) {
        return me(username).get("agencyCode").asString();
    }

    private String person(String username) {
        return me(username).get("id").asString();
    }

    private JsonNode me(String username) {
        return api().me(username);
    }

    private String token(String username) {
        return api().token(username);
    }

    private String outgoingRegister() {
        return outgoing().outgoingRegister();
    }

    private Api api() {
        return new Api(mvc);
    }

    private OutgoingApi outgoing() {
        return new OutgoingApi(mvc);
    }

    private JsonNode ok(MvcTestResult result) {
        return api().ok(result);
    }

    private JsonNode created(MvcTestResult result) {
        return api().created(result);
    }

    private void refused(MvcTestResult result, int status, String code) {
        api().refused(result, status, code);
    }
}
