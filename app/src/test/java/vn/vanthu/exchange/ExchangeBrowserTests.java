package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.Api;
import vn.vanthu.Browser;
import vn.vanthu.IntegrationTest;
import vn.vanthu.edxml.Code;
import vn.vanthu.edxml.DocumentType;
import vn.vanthu.edxml.EdxmlEnvelope;
import vn.vanthu.edxml.EdxmlWriter;
import vn.vanthu.edxml.MessageHeader;
import vn.vanthu.edxml.Organization;
import vn.vanthu.edxml.OtherInfo;
import vn.vanthu.edxml.PromulgationInfo;
import vn.vanthu.edxml.SignerInfo;
import vn.vanthu.edxml.SigningKey;
import vn.vanthu.edxml.TraceHeader;
import vn.vanthu.edxml.TraceHeaderList;
import vn.vanthu.outgoing.OutgoingApi;
import vn.vanthu.signature.SystemKey;
import vn.vanthu.signature.SystemKeys;

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
    @Autowired
    SystemKeys systemKeys;

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

        // a package from that province, signed with a key this deployment's authority issued: its page says so
        SystemKey own = systemKeys.exchange();
        String receipt;
        try (PeerSimulator peer = PeerSimulator.registered(new Api(mvc), "tinh.h34", "*.H34", true)) {
            ByteArrayOutputStream package_ = new ByteArrayOutputStream();
            MessageHeader header = new MessageHeader(new Organization("000.00.00.H34", "Chính phủ",
                    "Ủy ban nhân dân tỉnh Ba Mươi Tư", null, null, null, null, null),
                    List.of(Organization.of("000.00.00.H99", null)), "000.00.00.H34,2026/12/05,7/UBND",
                    new Code("7", "UBND"), new PromulgationInfo("Thử", LocalDate.now()),
                    new DocumentType(2, 0, "Công văn"), "Về việc thử chữ ký số gói tin liên thông", null,
                    new SignerInfo("KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Văn Bạn"), null, List.of(),
                    new OtherInfo(1, null, null, 1, 1, null, List.of()), List.of(), null);
            new EdxmlWriter().write(new EdxmlEnvelope(header, new TraceHeaderList(List.of(new TraceHeader(
                    "000.00.00.H34", LocalDateTime.now().withNano(0))), null), List.of()),
                    new SigningKey(own.privateKey(), own.chain()), package_);
            HttpResponse<String> answer = peer.send("http://localhost:" + port, package_.toByteArray());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
            receipt = JsonMapper.builder().build().readTree(answer.body()).get("receiptId").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        try (Browser admin = new Browser("http://localhost:" + port, 1366, 900)) {
            admin.signIn("admin", Api.DEMO_PASSWORD).open("/exchange/packages/" + receipt);
            assertThat(admin.text(By.id("package-signature"))).startsWith("Hợp lệ, tin cậy")
                    .contains("CN=VanThu liên thông");
            admin.screenshot("exchange-package-signature");
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
