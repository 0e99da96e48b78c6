package vn.vanthu.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.vanthu.outgoing.OutgoingApi.addressee;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

import vn.vanthu.Api;
import vn.vanthu.Browser;
import vn.vanthu.IntegrationTest;

/**
 * The outgoing register on screen: vt.tinh opens it from the outgoing documents, picks the register a decision was
 * just issued from, and reads its line with the recipients, the file copy and the notes.
 */
@IntegrationTest
class OutgoingRegisterBookBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; .ci/run installs them");
    }

    @Test
    void theClerkReadsWhatWasIssuedInTheRegisterBook() {
        Api api = new Api(mvc);
        OutgoingApi outgoing = new OutgoingApi(mvc);
        String registerName = "Sổ văn bản đi thử " + System.nanoTime() % 10_000;
        String register = api.created(api.post(api.token("vt.tinh"), "/api/v1/registers", Map.of("name",
                registerName, "kind", "OUTGOING", "confidential", false))).get("id").asString();
        String subject = "Về việc ban hành Kế hoạch chuyển đổi số năm 2027";
        JsonNode issued = outgoing.issued(outgoing.details(subject, List.of(addressee(
                api.me("vt.huyen1").get("agencyCode").asString(), null), addressee("000.00.00.G09", "Bộ Nội vụ"),
                addressee(null, "Như Điều 3"))), register);
        String numbered = issued.get("codeNumber").asString() + "/" + issued.get("codeNotation").asString();

        try (Browser clerk = new Browser("http://localhost:" + port, 1366, 900)) {
            clerk.signIn("vt.tinh", Api.DEMO_PASSWORD).open("/outgoing");
            clerk.click(By.id("open-register-book"));
            new Select(clerk.waitFor(By.cssSelector("#book-filter select[name=register]")))
                    .selectByVisibleText(registerName);
            clerk.click(By.cssSelector("#book-filter button[type=submit]"));
            assertThat(clerk.waitForText(By.id("book-table"), subject)).contains(numbered, "Bộ Nội vụ",
                    "Như Điều 3", "Điện tử; chờ gửi liên thông: Bộ Nội vụ");
            assertThat(clerk.waitFor(By.id("book-pdf")).getAttribute("href"))
                    .contains("/outgoing/register-book.pdf?register=" + register);
            assertThat(clerk.waitFor(By.id("book-xlsx")).getAttribute("href"))
                    .contains("/outgoing/register-book.xlsx?register=" + register);
            clerk.screenshot("outgoing-register-book");
        }
    }
}
