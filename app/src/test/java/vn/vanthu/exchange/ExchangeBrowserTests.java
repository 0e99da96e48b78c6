package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.vanthu.Api;
import vn.vanthu.Browser;
import vn.vanthu.IntegrationTest;
import vn.vanthu.outgoing.OutgoingApi;

/**
 * The exchange pages as people use them: the administrator registers a province's system and writes down its secrets,
 * shown once; a document issued to that province waits while the system does not answer, and the clerk who issued it
 * sees the package, its attempts and why it has not gone.
 */
@IntegrationTest
class ExchangeBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; .ci/run installs them");
    }

    @Test
    void theAdministratorConnectsAProvinceAndTheClerkFollowsWhatGoesThere() {
        try (Browser admin = new Browser("http://localhost:" + port, 1366, 900)) {
            admin.signIn("admin", Api.DEMO_PASSWORD).open("/exchange");
            assertThat(admin.text(By.id("exchange-throughput"))).startsWith("Lưu lượng — giờ qua: nhận ");
            admin.click(By.id("peers-link"));
            admin.type(By.id("peer-system"), "tinh.h20");
            admin.type(By.id("peer-name"), "Hệ thống quản lý văn bản tỉnh Hai Mươi");
            // nothing listens there: the documents for it wait
            admin.type(By.id("peer-url"), "http://127.0.0.1:9");
            admin.type(By.id("peer-routes"), "*.H20");
            admin.click(By.id("peer-submit"));
            assertThat(admin.waitForText(By.id("new-secrets"), "không hiện lại")).isNotBlank();
            String inbound = admin.text(By.id("new-inbound-secret"));
            assertThat(inbound).hasSizeGreaterThanOrEqualTo(43);
            admin.screenshot("exchange-peer-registered");
            admin.driver().navigate().refresh();
            assertThat(admin.driver().findElements(By.id("new-secrets"))).isEmpty();
            assertThat(admin.driver().getPageSource()).doesNotContain(inbound);
        }

        OutgoingApi outgoing = new OutgoingApi(mvc);
        String subject = "Về việc đề nghị phối hợp với tỉnh Hai Mươi";
        String id = outgoing.issued(outgoing.details(subject, List.of(OutgoingApi.addressee("000.00.00.H20",
                "Ủy ban nhân dân tỉnh Hai Mươi"))), outgoing.outgoingRegister()).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select coalesce(max(attempts), 0) from "
                + "exchange_package where document_id = ?::uuid").param(id).query(Integer.class).single() >= 1);

        try (Browser clerk = new Browser("http://localhost:" + port, 1366, 900)) {
            clerk.signIn("vt.tinh", Api.DEMO_PASSWORD).open("/");
            clerk.click(By.id("menu-exchange"));
            clerk.click(By.id("tab-OUT"));
            assertThat(clerk.waitForText(By.id("packages-table"), subject)).contains("000.00.00.H20",
                    "Hệ thống quản lý văn bản tỉnh Hai Mươi", "Đang chờ", "Văn bản mới");
            clerk.click(By.xpath("//tr[contains(., '" + subject + "')]//a"));
            assertThat(clerk.waitForText(By.id("attempts-table"), "ConnectException")).isNotBlank();
            assertThat(clerk.text(By.id("package-facts"))).contains("000.00.00.H99", "gửi lại lúc");
            assertThat(clerk.driver().findElements(By.id("retry-button"))).isEmpty();
            clerk.screenshot("exchange-package-waiting");
        }
    }
}
