package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.Api;
import vn.vanthu.Browser;
import vn.vanthu.IntegrationTest;

/**
 * The national directory in the browser: the system administrator uploads a spreadsheet from the menu (a bad one
 * first, refused with its line and field), and a specialist drafting a letter finds an agency outside the deployment
 * without typing diacritics and adds it to "Nơi nhận"; the saved draft lists it as waiting for the exchange.
 */
@IntegrationTest
class NationalDirectoryBrowserTests {

    private static final String OUTSIDE = "000.00.15.K16";
    private static final String OUTSIDE_NAME = "Sở Tư pháp tỉnh Quảng Thử";

    @LocalServerPort
    int port;
    @TempDir
    Path files;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; .ci/run installs them");
    }

    @Test
    void anAdministratorUploadsTheDirectoryAndADrafterAddsAnOutsideRecipient() throws IOException {
        Path csv = files.resolve("danh-ba.csv");
        Files.writeString(csv, "code,code102,oldCode,name,parent\n"
                + "K16,000.00.00.K16,,Ủy ban nhân dân tỉnh Quảng Thử,\n"
                + "K16.15," + OUTSIDE + ",," + OUTSIDE_NAME + ",K16\n", StandardCharsets.UTF_8);
        try (Browser admin = browser()) {
            admin.signIn("admin", Api.DEMO_PASSWORD).open("/");
            admin.click(By.id("menu-admin"));
            admin.click(By.id("menu-exchange-directory"));
            Path bad = files.resolve("sai.csv");
            Files.writeString(bad, "code,code102,oldCode,name,parent\n,000.00.16.K16,,,\n", StandardCharsets.UTF_8);
            admin.waitFor(By.id("directory-file")).sendKeys(bad.toAbsolutePath().toString());
            admin.click(By.id("directory-import-submit"));
            assertThat(admin.text(By.id("flash-refusal"))).isEqualTo("Dòng 2: thiếu tên cơ quan (name).");
            admin.waitFor(By.id("directory-file")).sendKeys(csv.toAbsolutePath().toString());
            admin.click(By.id("directory-import-submit"));
            assertThat(admin.text(By.id("flash-imported")))
                    .isEqualTo("Đã nạp danh bạ: 2 cơ quan mới, 0 cơ quan cập nhật, 0 cơ quan không đổi.");
            admin.type(By.id("directory-search"), "quang thu");
            assertThat(admin.waitForText(By.id("directory-table"), OUTSIDE_NAME))
                    .contains(OUTSIDE, "Ủy ban nhân dân tỉnh Quảng Thử");
            admin.screenshot("exchange-directory");
        }

        String subject = "V/v phối hợp xác minh hồ sơ liên tỉnh " + System.nanoTime();
        try (Browser drafter = browser()) {
            drafter.signIn("cv.tinh", Api.DEMO_PASSWORD).open("/outgoing/new");
            drafter.type(By.id("subject"), subject);
            new Select(drafter.waitFor(By.id("signerId"))).selectByIndex(1);
            drafter.type(By.id("otherRecipients"), "Văn phòng Tỉnh ủy");
            drafter.type(By.id("national-search"), "so tu phap tinh quang thu");
            drafter.click(By.cssSelector("#directory-picker-results [data-code='" + OUTSIDE + "']"));
            assertThat(drafter.driver().findElement(By.id("otherRecipients")).getDomProperty("value"))
                    .isEqualTo("Văn phòng Tỉnh ủy\n" + OUTSIDE + " | " + OUTSIDE_NAME);
            drafter.type(By.id("body"), "Đề nghị Sở Tư pháp phối hợp xác minh hồ sơ.");
            drafter.driver().executeScript("document.getElementById('national-search')"
                    + ".scrollIntoView({block: 'center', behavior: 'instant'});");
            drafter.screenshot("exchange-directory-draft-picker");
            drafter.click(By.id("draft-submit"));
            assertThat(drafter.text(By.id("flash-drafted"))).isEqualTo("Đã lưu dự thảo.");
            assertThat(drafter.text(By.id("recipients-table"))).contains(OUTSIDE_NAME, "Chờ gửi liên thông");
        }
    }

    private Browser browser() {
        return new Browser("http://localhost:" + port, 1366, 900);
    }
}
