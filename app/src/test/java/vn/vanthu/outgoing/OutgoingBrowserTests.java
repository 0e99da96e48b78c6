package vn.vanthu.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.Api;
import vn.vanthu.Browser;
import vn.vanthu.IntegrationTest;
import vn.vanthu.organisation.People;

/**
 * An outgoing document's day in the browser: cv.tinh composes a công văn to a district, submits it to tp.tinh, who
 * passes it to ld.tinh; ld.tinh signs with the PIN; vt.tinh numbers and issues it and sees it arrive; then vt.tinh
 * recalls it, the district's clerk agrees, and the sender sees the answer.
 */
@IntegrationTest
class OutgoingBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    People people;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; .ci/run installs them");
    }

    @Test
    void aComposedLetterIsReviewedSignedIssuedAndAcceptedByTheDistrict() {
        String subject = "V/v rà soát số liệu cải cách hành chính quý IV năm 2026 " + System.nanoTime();
        String documentPath;
        String copyPath;
        try (Browser drafter = browser()) {
            drafter.signIn("cv.tinh", Api.DEMO_PASSWORD).open("/outgoing");
            drafter.click(By.id("new-draft"));
            new Select(drafter.waitFor(By.id("documentType"))).selectByValue("CONG_VAN");
            drafter.type(By.id("subject"), subject);
            new Select(drafter.waitFor(By.id("signerId"))).selectByIndex(1);
            new Select(drafter.waitFor(By.id("recipientCodes"))).selectByValue(
                    people.byUsername("vt.huyen1").orElseThrow().agencyCode().value());
            drafter.type(By.id("otherRecipients"), "Văn phòng Tỉnh ủy");
            drafter.type(By.id("body"), "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân tỉnh,"
                    + " đề nghị Ủy ban nhân dân huyện rà soát số liệu quý IV.\n\nĐề nghị gửi báo cáo trước ngày"
                    + " 15 tháng 12 năm 2026.");
            drafter.screenshot("outgoing-draft-form");
            drafter.click(By.id("draft-submit"));
            assertThat(drafter.text(By.id("flash-drafted"))).isEqualTo("Đã lưu dự thảo.");
            drafter.waitFor(By.cssSelector("#pdf-viewer canvas.pdf-page"));
            drafter.screenshot("outgoing-draft");
            documentPath = drafter.path().replaceAll("\\?.*", "");

            new Select(drafter.waitFor(By.cssSelector("#action-submit select"))).selectByVisibleText(
                    drafter.driver().findElements(By.cssSelector("#action-submit option")).stream()
                            .map(option -> option.getText()).filter(text -> text.contains("Trưởng phòng"))
                            .findFirst().orElseThrow());
            drafter.click(By.id("submit-submit"));
            assertThat(drafter.text(By.id("flash-done"))).isEqualTo("Đã trình duyệt.");
        }

        try (Browser head = browser()) {
            head.signIn("tp.tinh", Api.DEMO_PASSWORD).open("/outgoing?tab=TO_REVIEW");
            assertThat(head.text(By.id("outgoing-table"))).contains(subject);
            head.click(By.linkText(subject));
            head.click(By.id("approve-submit"));
            assertThat(head.text(By.id("flash-done"))).isEqualTo("Đã duyệt và chuyển tiếp.");
        }

        try (Browser leader = browser()) {
            leader.signIn("ld.tinh", Api.DEMO_PASSWORD).open("/outgoing");
            assertThat(leader.text(By.id("tab-TO_SIGN"))).contains("1");
            leader.click(By.linkText(subject));
            leader.click(By.cssSelector("#pdf-viewer canvas.placeable"));
            assertThat(leader.driver().findElement(By.id("placement-page")).getDomProperty("value")).isEqualTo("1");
            leader.type(By.id("sign-pin"), Api.DEMO_PIN);
            leader.screenshot("outgoing-to-sign");
            leader.click(By.id("sign-submit"));
            assertThat(leader.text(By.id("flash-done"))).startsWith("Đã ký ban hành");
        }

        try (Browser clerk = browser()) {
            clerk.signIn("vt.tinh", Api.DEMO_PASSWORD).open(documentPath);
            clerk.type(By.id("issue-pin"), Api.DEMO_PIN);
            clerk.click(By.id("issue-submit"));
            assertThat(clerk.text(By.id("flash-done"))).isEqualTo("Đã cấp số, ký số cơ quan và phát hành.");
            assertThat(clerk.text(By.id("document-number"))).matches("\\d{2,}/UBND-TH");
            new WebDriverWait(clerk.driver(), Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("recipients-table"), "01 Đã đến"));
            clerk.waitFor(By.cssSelector("#pdf-viewer canvas.pdf-page"));
            clerk.screenshot("outgoing-issued");

        }

        try (Browser district = browser()) {
            district.signIn("vt.huyen1", Api.DEMO_PASSWORD).open("/incoming");
            district.click(By.partialLinkText(subject));
            district.click(By.cssSelector("#action-register button[type=submit]"));
            assertThat(district.text(By.id("flash-done"))).isNotBlank();
            copyPath = district.path().replaceAll("\\?.*", "");
        }

        try (Browser clerk = browser()) {
            clerk.signIn("vt.tinh", Api.DEMO_PASSWORD).open(documentPath);
            new WebDriverWait(clerk.driver(), Duration.ofSeconds(20)).until(driver -> {
                driver.navigate().refresh();
                return driver.findElement(By.id("recipients-table")).getText().contains("03 Đã tiếp nhận");
            });
            clerk.click(By.cssSelector("#action-recall summary"));
            clerk.type(By.id("recall-reason"), "Ban hành nhầm số liệu");
            clerk.click(By.id("recall-submit"));
            assertThat(clerk.text(By.id("recalled-notice"))).contains("Ban hành nhầm số liệu");
        }

        try (Browser district = browser()) {
            district.signIn("vt.huyen1", Api.DEMO_PASSWORD).open(copyPath);
            new WebDriverWait(district.driver(), Duration.ofSeconds(20)).until(driver -> {
                driver.navigate().refresh();
                return !driver.findElements(By.id("recall-notice")).isEmpty();
            });
            assertThat(district.text(By.id("recall-notice"))).contains("Ban hành nhầm số liệu");
            district.screenshot("incoming-recall-requested");
            district.click(By.id("action-accept-recall"));
            assertThat(district.text(By.id("recalled-notice"))).startsWith("Văn bản đã bị thu hồi");
            assertThat(district.driver().findElements(By.id("pdf-viewer"))).isEmpty();
            district.screenshot("incoming-recalled");
        }

        try (Browser clerk = browser()) {
            clerk.signIn("vt.tinh", Api.DEMO_PASSWORD).open(documentPath);
            new WebDriverWait(clerk.driver(), Duration.ofSeconds(20)).until(driver -> {
                driver.navigate().refresh();
                return driver.findElement(By.id("recipients-table")).getText().contains("15 Đồng ý thu hồi");
            });
            clerk.screenshot("outgoing-recalled");
        }
    }

    private Browser browser() {
        return new Browser("http://localhost:" + port, 1366, 900);
    }
}
