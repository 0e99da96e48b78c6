package vn.vanthu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;

@IntegrationTest
class DemoProvinceIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void loadsAProvinceOf296AgenciesAtEveryLevel() {
        // other tests add agencies of their own, outside the demo's code group H99
        Api api = new Api(mvc);
        String token = api.bearer("cv.tinh");
        assertThat(api.get(token, "/api/v1/agencies?q=H99&size=1")).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(296);
        assertThat(api.get(token, "/api/v1/agencies?q=H99&level=PROVINCE&size=1")).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(1);
        assertThat(api.get(token, "/api/v1/agencies?q=H99&level=DEPARTMENT&size=1")).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(29);
        assertThat(api.get(token, "/api/v1/agencies?q=H99&level=DISTRICT&size=1")).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(10);
        assertThat(api.get(token, "/api/v1/agencies?q=H99&level=COMMUNE&size=1")).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(127);
        assertThat(api.get(token, "/api/v1/agencies?q=H99&level=SUBORDINATE_UNIT&size=1")).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(129);
    }

    @ParameterizedTest
    @CsvSource({"admin,000.00.00.H99,ADMIN", "vt.tinh,000.00.00.H99,CLERK", "ld.tinh,000.00.00.H99,LEADER",
        "cv.tinh,000.00.00.H99,SPECIALIST", "vt.huyen1,000.00.41.H99,CLERK", "ld.huyen1,000.00.41.H99,LEADER",
        "cv.huyen1,000.00.41.H99,SPECIALIST", "vt.xa1,000.01.41.H99,CLERK", "ld.xa1,000.01.41.H99,LEADER",
        "cv.xa1,000.01.41.H99,SPECIALIST", "qt.tinh,000.00.00.H99,AGENCY_ADMIN"})
    void theListedAccountsSignInWithTheDemoPassword(String username, String agency, String role) {
        Api api = new Api(mvc);
        var me = assertThat(api.get(api.bearer(username), "/api/v1/me")).hasStatusOk().bodyJson();
        me.extractingPath("$.agencyCode").isEqualTo(agency);
        me.extractingPath("$.roles").asArray().contains(role);
    }

    @Test
    void theFirstCommuneBelongsToTheFirstDistrict() {
        Api api = new Api(mvc);
        var commune = assertThat(api.get(api.bearer("vt.xa1"), "/api/v1/agencies/000.01.41.H99")).bodyJson();
        commune.extractingPath("$.level").isEqualTo("COMMUNE");
        commune.extractingPath("$.parentCode").isEqualTo("000.00.41.H99");
        commune.extractingPath("$.path[0].name").isEqualTo("Ủy ban nhân dân tỉnh Sơn Hà");
        commune.extractingPath("$.path[1].name").isEqualTo("Ủy ban nhân dân thành phố Sơn Hà");
    }

    @Test
    void findsAgenciesByTextWithoutDiacritics() {
        Api api = new Api(mvc);
        assertThat(api.get(api.bearer("cv.tinh"), "/api/v1/agencies?q=so noi vu")).bodyJson()
                .extractingPath("$.content[0].name").isEqualTo("Sở Nội vụ");
    }
}
