package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.Api;
import vn.vanthu.Browser;
import vn.vanthu.IntegrationTest;

/** The web UI in a real browser: sign-in, the agency tree, an agency administrator's forms, language, phone. */
@IntegrationTest
class WebUiBrowserTests {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; .ci/run installs them");
    }

    @Test
    void aClerkSignsInAndSeesTheirAgencyInVietnamese() {
        try (Browser browser = desktop()) {
            browser.signIn("vt.tinh", Api.DEMO_PASSWORD);
            assertThat(browser.text(By.id("home-agency"))).contains("Ủy ban nhân dân tỉnh Sơn Hà");
            assertThat(browser.text(By.tagName("main"))).contains("Văn thư").contains("Xin chào");
            browser.screenshot("home-clerk");
        }
    }

    @Test
    void aWrongPasswordIsExplainedInVietnamese() {
        try (Browser browser = desktop()) {
            browser.signIn("vt.tinh", "Sai@mat-khau");
            assertThat(browser.text(By.id("sign-in-error")))
                    .startsWith("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa.")
                    .contains("Sau 5 lần nhập sai liên tiếp, tài khoản bị khóa 15 phút");
            browser.screenshot("login-error");
        }
    }

    @Test
    void theAgencyTreeOpensLevelByLevelAndSearchIgnoresDiacritics() {
        try (Browser browser = desktop()) {
            browser.signIn("cv.tinh", Api.DEMO_PASSWORD).open("/agencies");
            By district = By.cssSelector("[data-code='000.00.43.H99']");
            browser.click(By.cssSelector("[data-code='000.00.43.H99'] > button.toggle"));
            assertThat(browser.waitForText(district, "thị trấn An Phú")).contains("Ủy ban nhân dân thị trấn An Phú");
            browser.screenshot("agency-tree");

            browser.type(By.id("agency-search"), "so noi vu");
            assertThat(browser.waitForText(By.id("search-results"), "Sở Nội vụ")).contains("000.00.02.H99");
        }
    }

    @Test
    void anAgencyAdministratorOpensAnAccountThroughTheForm() {
        String username = "cv.giaodien." + Long.toString(System.nanoTime(), 36);
        try (Browser browser = desktop()) {
            browser.signIn("qt.huyen1", Api.DEMO_PASSWORD).open("/admin/users");
            browser.click(By.id("new-user"));
            browser.type(By.id("username"), username).type(By.id("password"), "yeu");
            browser.type(By.id("fullName"), "Phạm Thị Giao Diện").type(By.id("positionTitle"), "Chuyên viên");
            new Select(browser.waitFor(By.id("unitId"))).selectByVisibleText("Phòng Tư pháp");
            browser.click(By.cssSelector("#user-form button[type=submit]"));
            assertThat(browser.text(By.cssSelector("#user-form .invalid-feedback")))
                    .contains("Mật khẩu phải dài từ 8 đến 128 ký tự");
            browser.screenshot("user-form-refused");

            browser.type(By.id("password"), "Giao@dien2026");
            browser.click(By.cssSelector("#user-form button[type=submit]"));
            assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Đã tạo tài khoản.");

            browser.open("/admin/users?q=giao dien");
            assertThat(browser.text(By.id("users-table"))).contains("Phạm Thị Giao Diện").contains(username)
                    .contains("Phòng Tư pháp");
            browser.screenshot("users-list");
        }
    }

    @Test
    void anAgencyPageShowsItsPlaceUnitsAndSubordinates() {
        try (Browser browser = desktop()) {
            browser.signIn("cv.huyen1", Api.DEMO_PASSWORD).open("/agencies/000.00.02.H99");
            assertThat(browser.text(By.id("agency-name"))).isEqualTo("Sở Nội vụ");
            assertThat(browser.text(By.id("agency-units"))).contains("Văn phòng").contains("Thanh tra");
            assertThat(browser.text(By.id("agency-children"))).contains("Chi cục Văn thư - Lưu trữ");
            browser.screenshot("agency-page");
        }
    }

    @Test
    void anAgencyAdministratorAddsAUnit() {
        String name = "Tổ Chuyển đổi số " + Long.toString(System.nanoTime(), 36);
        try (Browser browser = desktop()) {
            browser.signIn("qt.tinh", Api.DEMO_PASSWORD).open("/admin/units");
            browser.type(By.id("name"), name).type(By.id("abbreviation"), "CĐS" + System.nanoTime() % 10000);
            browser.click(By.cssSelector("#unit-form button[type=submit]"));
            assertThat(browser.text(By.id("units-table"))).contains(name);
            browser.screenshot("units");
        }
    }

    @Test
    void theSystemAdministratorAddsAnAgencyUnderTheProvince() {
        String code = String.format("000.00.%02d.Z98", 60 + (int) (System.nanoTime() % 39));
        try (Browser browser = desktop()) {
            browser.signIn("admin", Api.DEMO_PASSWORD).open("/agencies/new?parent=000.00.00.H99");
            browser.type(By.id("code"), "000.00.60.H9").type(By.id("name"), "Sở Thử nghiệm Giao diện")
                    .type(By.id("abbreviation"), "STNGD");
            new Select(browser.waitFor(By.id("level"))).selectByValue("DEPARTMENT");
            browser.click(By.cssSelector("#agency-form button[type=submit]"));
            assertThat(browser.text(By.cssSelector("#agency-form .invalid-feedback")))
                    .contains("không đúng dạng QCVN 102:2016");
            browser.screenshot("agency-form-refused");

            browser.type(By.id("code"), code);
            browser.click(By.cssSelector("#agency-form button[type=submit]"));
            assertThat(browser.text(By.id("agency-name"))).isEqualTo("Sở Thử nghiệm Giao diện");
            assertThat(browser.text(By.id("agency-code"))).isEqualTo(code);
        }
    }

    @Test
    void theSystemAdministratorVerifiesTheAuditTrail() {
        try (Browser browser = desktop()) {
            browser.signIn("admin", Api.DEMO_PASSWORD).open("/admin/audit");
            browser.click(By.id("verify-chain"));
            assertThat(browser.text(By.id("verification"))).startsWith("Nhật ký nguyên vẹn");
            assertThat(browser.text(By.id("audit-table"))).contains("Đăng nhập");
            browser.screenshot("audit");
        }
    }

    @Test
    void anAgencyAdministratorReadsTheirAgencysTrailOnly() {
        try (Browser browser = desktop()) {
            browser.signIn("qt.tinh", Api.DEMO_PASSWORD).open("/admin/audit");
            String trail = browser.text(By.id("audit-table"));
            assertThat(trail).contains("000.00.00.H99").doesNotContain("000.00.41.H99");
            assertThat(browser.driver().findElements(By.id("verify-chain"))).isEmpty();
        }
    }

    @Test
    void aSpecialistIsNotShownAdministration() {
        try (Browser browser = desktop()) {
            browser.signIn("cv.tinh", Api.DEMO_PASSWORD);
            assertThat(browser.driver().findElements(By.id("menu-admin"))).isEmpty();
            browser.open("/admin/users");
            assertThat(browser.text(By.id("error-message"))).isEqualTo("Bạn không có quyền thực hiện thao tác này.");
        }
    }

    @Test
    void switchesToEnglishAndBack() {
        try (Browser browser = desktop()) {
            browser.signIn("ld.tinh", Api.DEMO_PASSWORD);
            browser.click(By.id("lang-switch"));
            assertThat(browser.text(By.id("menu-agencies"))).isEqualTo("Agency directory");
            browser.screenshot("home-english");
            browser.click(By.id("lang-switch"));
            assertThat(browser.text(By.id("menu-agencies"))).isEqualTo("Danh bạ cơ quan");
        }
    }

    @Test
    void worksOnAPhoneScreen() {
        try (Browser browser = new Browser("http://localhost:" + port, 390, 844)) {
            browser.signIn("vt.xa1", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("button.navbar-toggler"));
            browser.click(By.id("menu-agencies"));
            assertThat(browser.path()).isEqualTo("/agencies");
            Long overflow = (Long) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0L);
            browser.screenshot("phone-agencies");
        }
    }

    private Browser desktop() {
        return new Browser("http://localhost:" + port, 1366, 900);
    }
}
