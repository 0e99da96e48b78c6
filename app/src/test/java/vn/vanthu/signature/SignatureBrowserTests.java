package vn.vanthu.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.vanthu.Api;
import vn.vanthu.Browser;
import vn.vanthu.IntegrationTest;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.storage.Storage;

/**
 * The chairman signs in the browser, placing his signature by clicking the page, and anyone checks the result on the
 * validation page.
 */
@IntegrationTest
class SignatureBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Storage storage;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; .ci/run installs them");
    }

    @Test
    void theChairmanSignsWhereHeClickedAndTheValidationPageSaysValid() throws Exception {
        Person chairman = people.byUsername("ld.tinh").orElseThrow();
        Path letter = Files.write(Path.of("target", "to-trinh-ky-so.pdf"),
                TestPdfs.letter(2, "CHỦ TỊCH", chairman.fullName()));
        Path signed = Path.of("target", "to-trinh-da-ky.pdf");
        try (Browser browser = new Browser("http://localhost:" + port, 1366, 1000)) {
            browser.signIn("ld.tinh", Api.DEMO_PASSWORD).open("/signatures");
            browser.waitFor(By.id("sign-file")).sendKeys(letter.toAbsolutePath().toString());
            List<WebElement> pages = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> {
                List<WebElement> drawn = driver.findElements(By.cssSelector("#placement-viewer canvas"));
                return drawn.size() == 2 ? drawn : null;
            });
            WebElement second = pages.get(1);
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", second);
            // a click at 60 % across and 30 % down the second page
            int offsetX = (int) (second.getSize().getWidth() * 0.10);
            int offsetY = (int) (-second.getSize().getHeight() * 0.20);
            new Actions(browser.driver()).moveToElement(second, offsetX, offsetY).click().perform();
            assertThat(browser.driver().findElement(By.id("placement-page")).getDomProperty("value")).isEqualTo("2");
            float x = Float.parseFloat(browser.driver().findElement(By.id("placement-x")).getDomProperty("value"));
            float y = Float.parseFloat(browser.driver().findElement(By.id("placement-y")).getDomProperty("value"));
            browser.type(By.id("sign-pin"), SigningClient.PIN);
            browser.screenshot("signature-placement");
            long before = signatures(chairman);
            browser.click(By.id("sign-submit"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> signatures(chairman) > before);

            String sha256 = jdbc.sql("select signed_sha256 from signature_made where signer_id = ? "
                    + "order by signed_at desc, id desc limit 1").param(chairman.id()).query(String.class).single();
            try (InputStream in = storage.open(sha256)) {
                Files.write(signed, in.readAllBytes());
            }
            try (PDDocument document = Loader.loadPDF(signed.toFile())) {
                SignatureAppearance.Box box = SignatureIntegrationTests.boxes(document).get(0);
                assertThat(box.page()).isEqualTo(2);
                assertThat(box.x()).isCloseTo(x, org.assertj.core.data.Offset.offset(1f));
                assertThat(box.y()).isCloseTo(y, org.assertj.core.data.Offset.offset(1f));
            }

            browser.open("/signatures");
            browser.waitFor(By.id("validate-file")).sendKeys(signed.toAbsolutePath().toString());
            browser.click(By.cssSelector("#validate-form button[type=submit]"));
            assertThat(browser.text(By.id("verdict"))).isEqualTo("Hợp lệ");
            assertThat(browser.text(By.id("validation-report"))).contains(chairman.fullName(), "Nguyên vẹn từ khi ký",
                    "Đến tổ chức cấp được tin cậy", "Chứng thư số còn hiệu lực");
            browser.screenshot("signature-validation");

            browser.open("/signatures/certificates");
            assertThat(browser.text(By.id("certificates-table"))).contains(chairman.fullName(), "Dùng được");
            browser.waitFor(By.id("my-signature"));
            browser.screenshot("signature-certificates");
        }
    }

    @Test
    void aPhoneMakesItsKeyInTheBrowserAndApprovesARequest() throws Exception {
        Person leader = people.byUsername("ld.xa1").orElseThrow();
        try (Browser phone = new Browser("http://localhost:" + port, 412, 915)) {
            phone.signIn("ld.xa1", Api.DEMO_PASSWORD).open("/signatures/phone");
            phone.type(By.id("device-name"), "Điện thoại của Chủ tịch xã");
            phone.type(By.id("enrol-password"), Api.DEMO_PASSWORD);
            phone.click(By.id("enrol-button"));
            phone.waitFor(By.id("requests-card"));
            assertThat(phone.text(By.id("phone-done"))).contains(leader.fullName());

            // the desktop sends a document to the phone
            SigningClient client = new SigningClient(mvc);
            var sent = mvc.post().uri("/api/v1/signatures/phone/requests").multipart()
                    .file(new org.springframework.mock.web.MockMultipartFile("file", "cong-van.pdf",
                            "application/pdf", TestPdfs.letter(1, "CHỦ TỊCH", leader.fullName())))
                    .header("Authorization", "Bearer " + client.token("ld.xa1")).exchange();
            assertThat(sent).hasStatus(202);
            String id = client.body(sent).get("id").asString();

            phone.click(By.id("refresh-button"));
            phone.waitFor(By.cssSelector(".phone-request img.preview"));
            new WebDriverWait(phone.driver(), Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                            "const i = document.querySelector('.phone-request img.preview');"
                                    + "return i.complete && i.naturalWidth > 0;")));
            phone.screenshot("phone-request");
            phone.click(By.cssSelector(".phone-request button.approve"));
            assertThat(phone.waitForText(By.id("phone-done"), "Đã ký số.")).isEqualTo("Đã ký số.");
            assertThat(client.body(client.api().get(client.token("ld.xa1"),
                    "/api/v1/signatures/phone/requests/{id}", id)).get("state").asString()).isEqualTo("SIGNED");
        }
    }

    @Autowired
    org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

    private long signatures(Person person) {
        return jdbc.sql("select count(*) from signature_made where signer_id = ?").param(person.id())
                .query(Long.class).single();
    }
}
