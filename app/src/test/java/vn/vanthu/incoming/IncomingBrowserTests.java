package vn.vanthu.incoming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.Api;
import vn.vanthu.Browser;
import vn.vanthu.IntegrationTest;
import vn.vanthu.core.VietnamTime;

/**
 * An incoming document's day in the browser: vt.tinh receives and submits it, ld.tinh assigns it to the general
 * affairs unit, tp.tinh passes it to cv.tinh, who writes an opinion and completes it; then the register book.
 */
@IntegrationTest
class IncomingBrowserTests {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; .ci/run installs them");
    }

    @Test
    void aDocumentGoesFromTheClerkToTheLeaderToTheUnitAndIsCompleted() throws IOException {
        String subject = "Về việc tổ chức Hội nghị tổng kết công tác văn thư, lưu trữ năm 2026 " + System.nanoTime();
        String documentPath;
        try (Browser clerk = browser()) {
            clerk.signIn("vt.tinh", Api.DEMO_PASSWORD).open("/incoming/new");
            clerk.type(By.id("senderName"), "Sở Nội vụ");
            new WebDriverWait(clerk.driver(), Duration.ofSeconds(10)).until(
                    ExpectedConditions.attributeToBe(By.id("senderCode"), "value", "000.00.02.H99"));
            clerk.type(By.id("codeNumber"), "215").type(By.id("codeNotation"), "SNV-VTLT");
            date(clerk, "promulgationDate", LocalDate.now(VietnamTime.ZONE).minusDays(1));
            new Select(clerk.waitFor(By.id("documentType"))).selectByValue("GIAY_MOI");
            clerk.type(By.id("subject"), subject).type(By.id("signerName"), "Trần Thị Hằng");
            new Select(clerk.waitFor(By.id("urgency"))).selectByValue("URGENT");
            clerk.waitFor(By.id("files")).sendKeys(letter().toAbsolutePath().toString());
            clerk.screenshot("incoming-receive-form");
            clerk.click(By.id("receive-submit"));

            assertThat(clerk.text(By.id("flash-received"))).isEqualTo("Đã tiếp nhận văn bản.");
            assertThat(clerk.text(By.id("document-subject"))).isEqualTo(subject);
            assertThat(clerk.text(By.id("meta-arrival-number"))).matches("\\d+");
            assertThat(clerk.text(By.id("document-metadata"))).contains("215/SNV-VTLT", "Sở Nội vụ", "Giấy mời",
                    "Khẩn");
            clerk.waitFor(By.cssSelector("#pdf-viewer canvas.pdf-page"));
            clerk.screenshot("incoming-document-received");
            documentPath = clerk.path().replaceAll("\\?.*", "");

            new Select(clerk.waitFor(By.cssSelector("#action-submit select"))).selectByIndex(0);
            clerk.click(By.cssSelector("#action-submit button[type=submit]"));
            assertThat(clerk.text(By.id("flash-done"))).isEqualTo("Đã trình lãnh đạo.");
        }

        try (Browser leader = browser()) {
            leader.signIn("ld.tinh", Api.DEMO_PASSWORD).open("/incoming");
            assertThat(leader.text(By.id("inbox-badge"))).matches("\\d+");
            assertThat(leader.text(By.id("inbox-table"))).contains(subject);
            leader.screenshot("incoming-inbox-leader");
            leader.click(By.linkText(subject));
            new Select(leader.waitFor(By.id("assign-lead"))).selectByVisibleText("Phòng Tổng hợp");
            date(leader, "assign-deadline", LocalDate.now(VietnamTime.ZONE).plusDays(2));
            leader.type(By.id("assign-instruction"), "Giao Phòng Tổng hợp chủ trì, tham mưu tham dự.");
            leader.click(By.id("assign-submit"));
            assertThat(leader.text(By.id("flash-done"))).isEqualTo("Đã phân công xử lý.");
            assertThat(leader.text(By.id("document-handlers"))).contains("Xử lý chính");
        }

        try (Browser head = browser()) {
            head.signIn("tp.tinh", Api.DEMO_PASSWORD).open(documentPath);
            head.click(By.cssSelector("#action-delegate summary"));
            new Select(head.waitFor(By.cssSelector("#action-delegate select"))).selectByIndex(0);
            head.click(By.cssSelector("#action-delegate button[type=submit]"));
            assertThat(head.text(By.id("flash-done"))).isEqualTo("Đã giao chuyên viên xử lý.");
        }

        try (Browser specialist = browser()) {
            specialist.signIn("cv.tinh", Api.DEMO_PASSWORD).open("/incoming");
            assertThat(specialist.text(By.id("inbox-table"))).contains(subject).contains("Sắp đến hạn");
            specialist.screenshot("incoming-inbox-specialist");
            specialist.open(documentPath);
            specialist.click(By.cssSelector("#action-opinion summary"));
            specialist.type(By.cssSelector("#action-opinion textarea"), "Đề xuất cử Chánh Văn phòng dự.");
            specialist.click(By.cssSelector("#action-opinion button[type=submit]"));
            assertThat(specialist.text(By.id("flash-done"))).isEqualTo("Đã ghi ý kiến.");
            specialist.click(By.cssSelector("#action-complete summary"));
            specialist.type(By.id("complete-answered"), "Công văn số 120/UBND-TH");
            specialist.click(By.id("complete-submit"));
            assertThat(specialist.text(By.id("document-state"))).isEqualTo("Đã hoàn thành");
            assertThat(specialist.text(By.id("document-timeline"))).contains("Tiếp nhận", "Vào sổ, số đến", "Trình",
                    "Phân công", "Giao chuyên viên", "Đề xuất cử Chánh Văn phòng dự.", "Hoàn thành");
            specialist.screenshot("incoming-document-completed");
        }

        try (Browser clerk = browser()) {
            clerk.signIn("vt.tinh", Api.DEMO_PASSWORD).open("/incoming/register-book");
            assertThat(clerk.text(By.id("book-table"))).contains(subject, "215/SNV-VTLT", "Sở Nội vụ");
            assertThat(clerk.waitFor(By.id("book-pdf")).getAttribute("href")).contains("/incoming/register-book.pdf");
            clerk.screenshot("incoming-register-book");
        }
    }

    @Test
    void aReceiveFormWithoutSubjectOrSenderIsExplainedInVietnamese() {
        try (Browser clerk = browser()) {
            clerk.signIn("vt.tinh", Api.DEMO_PASSWORD).open("/incoming/new");
            clerk.click(By.id("receive-submit"));
            assertThat(clerk.text(By.cssSelector("#receive-form .invalid-feedback"))).isNotBlank();
            assertThat(clerk.driver().getPageSource()).contains("Cần chọn cơ quan gửi");
            clerk.screenshot("incoming-receive-refused");
        }
    }

    @Test
    void aClerkOpensARegisterForPetitionsAndCannotOpenItTwice() {
        String name = "Sổ đơn thư " + System.nanoTime();
        try (Browser clerk = browser()) {
            clerk.signIn("vt.tinh", Api.DEMO_PASSWORD).open("/registers");
            clerk.type(By.id("register-name"), name);
            clerk.click(By.cssSelector("#open-register button[type=submit]"));
            assertThat(clerk.text(By.id("flash-done"))).isEqualTo("Đã mở sổ mới.");
            assertThat(clerk.text(By.id("registers-table"))).contains(name, "Sổ văn bản đến mật");
            clerk.type(By.id("register-name"), name);
            clerk.click(By.cssSelector("#open-register button[type=submit]"));
            assertThat(clerk.text(By.id("flash-refusal"))).isEqualTo("Cơ quan đã có sổ tên \"" + name + "\".");
            clerk.screenshot("registers");
        }
    }

    @Test
    void aSpecialistCannotOpenTheReceiveForm() {
        try (Browser specialist = browser()) {
            specialist.signIn("cv.tinh", Api.DEMO_PASSWORD).open("/incoming/new");
            assertThat(specialist.text(By.tagName("main"))).contains("Chỉ văn thư được tiếp nhận văn bản đến.");
        }
    }

    @Test
    void theInboxFitsAPhone() {
        try (Browser phone = new Browser("http://localhost:" + port, 390, 844)) {
            phone.signIn("vt.tinh", Api.DEMO_PASSWORD).open("/incoming");
            assertThat(phone.text(By.id("inbox-tabs"))).contains("Chờ xử lý");
            phone.screenshot("incoming-inbox-phone");
        }
    }

    private Browser browser() {
        return new Browser("http://localhost:" + port, 1366, 900);
    }

    /** Chromium's date field takes the date as the locale writes it; the value is set as a person would pick it. */
    private static void date(Browser browser, String id, LocalDate date) {
        browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                date.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    /** A one-page letter, as a scanner or a sender's system makes it. */
    private static Path letter() throws IOException {
        Path file = Path.of("target", "giay-moi-hoi-nghi.pdf");
        Files.createDirectories(file.getParent());
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD), 16);
                text.newLineAtOffset(72, 700);
                text.showText("GIAY MOI - Hoi nghi tong ket cong tac van thu, luu tru");
                text.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }
}
