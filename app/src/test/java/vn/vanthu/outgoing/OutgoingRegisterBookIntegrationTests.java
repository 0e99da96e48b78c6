package vn.vanthu.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.outgoing.OutgoingApi.addressee;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;
import vn.vanthu.core.VietnamTime;

/**
 * The outgoing register (Decree 30 Appendix IV) of the provincial People's Committee: vt.tinh issues a decision from
 * a register of its own to the first district, the Ministry of Home Affairs (outside the deployment) and a paper
 * recipient, and a second one to nobody; the book lists both in number order, as data a page at a time, as a
 * printable PDF and as a spreadsheet, to the agency's clerks and leaders only.
 */
@IntegrationTest
class OutgoingRegisterBookIntegrationTests {

    private static final String BOOK = "/api/v1/outgoing-register-book";

    private final MockMvcTester mvc;
    private final Api api;
    private final OutgoingApi outgoing;

    OutgoingRegisterBookIntegrationTests(@Autowired MockMvcTester mvc) {
        this.mvc = mvc;
        this.api = new Api(mvc);
        this.outgoing = new OutgoingApi(mvc);
    }

    @Test
    void theBookListsWhatWasIssuedAndExportsItAsPdfAndSpreadsheet() throws IOException {
        String register = newRegister("Sổ văn bản đi thử");
        String district = api.me("vt.huyen1").get("agencyCode").asString();
        String subject = "Về việc phát động Tết trồng cây năm 2027 " + System.nanoTime();
        JsonNode first = issue(register, outgoing.details(subject, List.of(addressee(district, null),
                addressee("000.00.00.G09", "Bộ Nội vụ"), addressee(null, "Như Điều 3"))));
        JsonNode second = issue(register, outgoing.details("Về việc thử sổ văn bản đi, văn bản thứ hai", List.of()));
        String numbered = first.get("codeNumber").asString() + "/" + first.get("codeNotation").asString();
        assertThat(first.get("codeNumber").asString()).isEqualTo("01");
        List<String> recipients = new ArrayList<>();
        first.get("recipients").forEach(recipient -> recipients.add(recipient.get("name").asString()));
        String signer = api.me("ld.tinh").get("fullName").asString();
        String query = "?register=" + register + "&from=" + today().minusDays(1) + "&to=" + today();

        JsonNode page = api.ok(api.get(token("vt.tinh"), BOOK + query + "&size=1"));
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(2);
        JsonNode line = page.get("content").get(0);
        assertThat(line.get("numberAndNotation").asString()).isEqualTo(numbered);
        assertThat(line.get("subject").asString()).isEqualTo(subject);
        assertThat(line.get("documentType").asString()).isEqualTo("QUYET_DINH");
        assertThat(line.get("signerName").asString()).isEqualTo(signer);
        assertThat(line.get("recipients")).extracting(JsonNode::asString).containsExactlyElementsOf(recipients)
                .contains("Bộ Nội vụ", "Như Điều 3");
        assertThat(line.get("copies").asInt()).isEqualTo(4);
        assertThat(line.get("keptBy").asString()).startsWith("VT");
        assertThat(line.get("waitingForExchange")).extracting(JsonNode::asString).containsExactly("Bộ Nội vụ");
        JsonNode next = api.ok(api.get(token("vt.tinh"), BOOK + query + "&size=1&page=1")).get("content").get(0);
        assertThat(next.get("documentId").asString()).isEqualTo(second.get("id").asString());
        assertThat(next.get("copies").asInt()).isEqualTo(1);

        MvcTestResult pdf = api.get(token("ld.tinh"), BOOK + ".pdf" + query);
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument printed = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            PDRectangle size = printed.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isGreaterThan(size.getHeight());
            String text = new PDFTextStripper().getText(printed);
            assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI", "Từ ngày " + VietnamTime.format(today().minusDays(1))
                    + " đến ngày " + VietnamTime.format(today()));
            assertThat(flat(text)).contains(flat(numbered), flat("Quyết định: " + subject), flat(signer),
                    flat(String.join("; ", recipients)), flat("Điện tử; chờ gửi liên thông: Bộ Nội vụ"),
                    flat("Tên loại và trích yếu nội dung văn bản"), flat("Đơn vị, người nhận bản lưu"));
        }

        MvcTestResult xlsx = api.get(token("vt.tinh"), BOOK + ".xlsx" + query);
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            List<String> cells = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                row.forEach(cell -> cells.add(cell.toString()));
            }
            assertThat(cells).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI", "Số, ký hiệu văn bản", "Số lượng bản", numbered,
                    "Quyết định: " + subject, signer, String.join("; ", recipients), "4",
                    "Điện tử; chờ gửi liên thông: Bộ Nội vụ");
        }
    }

    @Test
    void onlyTheAgencysClerksAndLeadersReadTheBook() {
        String register = newRegister("Sổ văn bản đi riêng");
        String query = "?register=" + register + "&from=" + today() + "&to=" + today();
        api.ok(api.get(token("pld.tinh"), BOOK + query));
        api.refused(api.get(token("cv.huyen1"), BOOK + query), 404, "register.not-found");
        api.refused(api.get(token("vt.huyen1"), BOOK + ".pdf" + query), 404, "register.not-found");
        api.refused(api.get(token("cv.tinh"), BOOK + ".xlsx" + query), 404, "register.not-found");

        // an incoming register has no outgoing book
        String incoming = api.ok(api.get(token("vt.tinh"), "/api/v1/registers?kind=INCOMING")).get(0).get("id")
                .asString();
        api.refused(api.get(token("vt.tinh"), BOOK + "?register=" + incoming), 404, "register.not-found");
    }

    @Test
    void aMissingRegisterOrAWrongPeriodIsExplained() {
        String register = newRegister("Sổ văn bản đi kiểm tra ngày");
        api.refused(api.get(token("vt.tinh"), BOOK), 400, "book.register.required");
        api.refused(api.get(token("vt.tinh"), BOOK + "?register=" + register + "&from=" + today() + "&to="
                + today().minusDays(1)), 400, "date-range.order");
        api.refused(api.get(token("vt.tinh"), BOOK + ".pdf?register=" + register + "&from="
                + today().minusYears(2) + "&to=" + today()), 400, "date-range.too-long");
        // without days, this month up to today
        api.ok(api.get(token("vt.tinh"), BOOK + "?register=" + register));
    }

    @Test
    void theApiDocumentDescribesTheBook() {
        var document = assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson();
        document.extractingPath("$.paths['/api/v1/outgoing-register-book'].get.parameters[*].name").asArray()
                .contains("register", "from", "to", "page", "size");
        document.extractingPath("$.paths['/api/v1/outgoing-register-book'].get.summary").asString()
                .contains("The register's lines");
        document.extractingPath("$.paths['/api/v1/outgoing-register-book.pdf'].get.summary").asString()
                .contains("Print the register");
        document.extractingPath("$.paths['/api/v1/outgoing-register-book.xlsx'].get.summary").asString()
                .contains("Export the register");
    }

    private JsonNode issue(String register, Map<String, Object> details) {
        return outgoing.issued(details, register);
    }

    private String newRegister(String name) {
        return api.created(api.post(token("vt.tinh"), "/api/v1/registers", Map.of("name", name + " "
                + System.nanoTime(), "kind", "OUTGOING", "confidential", false))).get("id").asString();
    }

    /** The text without its white space: a cell of the printed table wraps wherever its width ends. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static LocalDate today() {
        return LocalDate.now(VietnamTime.ZONE);
    }

    private String token(String username) {
        return api.token(username);
    }
}
