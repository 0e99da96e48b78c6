package vn.vanthu.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;

/**
 * Who may see and change what in the organisation, through the REST API. qt.tinh administers the provincial
 * People's Committee (000.00.00.H99), qt.huyen1 the first district (000.00.41.H99).
 */
@IntegrationTest
class OrganisationApiIntegrationTests {

    private static final String PROVINCE = "000.00.00.H99";
    private static final String DISTRICT = "000.00.41.H99";

    @Autowired
    MockMvcTester mvc;
    @LocalServerPort
    int port;

    @Test
    void anAgencyAdministratorCannotListThePeopleOfAnotherAgency() {
        Api api = new Api(mvc);
        assertThat(api.get(api.bearer("qt.tinh"), "/api/v1/users?agency=" + DISTRICT)).hasStatus(403)
                .bodyJson().extractingPath("$.code").isEqualTo("organisation.people.not-your-agency");
    }

    @Test
    void anAgencyAdministratorCannotSeeOrChangeSomeoneOfAnotherAgency() {
        Api api = new Api(mvc);
        String admin = api.bearer("admin");
        String clerk = api.field(api.get(admin, "/api/v1/users?agency={a}&q=vt.huyen1", DISTRICT),
                "/content/0/id");
        String intruder = api.bearer("qt.tinh");

        assertThat(api.get(intruder, "/api/v1/users/{id}", clerk)).hasStatus(404);
        assertThat(api.put(intruder, "/api/v1/users/{id}", Map.of("fullName", "Kẻ Xâm Nhập", "positionTitle",
                "Văn thư", "roles", Set.of("ADMIN", "CLERK"), "enabled", false), clerk)).hasStatus(404);
        assertThat(api.post(intruder, "/api/v1/users/{id}/password", Map.of("password", "Chiem@quyen1"), clerk))
                .hasStatus(404);
        assertThat(api.post(intruder, "/api/v1/users/{id}/unlock", Map.of(), clerk)).hasStatus(404);

        var unchanged = assertThat(api.get(admin, "/api/v1/users/{id}", clerk)).hasStatusOk().bodyJson();
        unchanged.extractingPath("$.fullName").isNotEqualTo("Kẻ Xâm Nhập");
        unchanged.extractingPath("$.enabled").isEqualTo(true);
        unchanged.extractingPath("$.roles").asArray().containsExactly("CLERK");
        assertThat(api.token("vt.huyen1", Api.DEMO_PASSWORD)).hasStatusOk();
    }

    @Test
    void anAgencyAdministratorCannotOpenAnAccountInAnotherAgency() {
        Api api = new Api(mvc);
        String username = "lan.khac." + suffix();
        assertThat(api.post(api.bearer("qt.tinh"), "/api/v1/users", newUser(username, DISTRICT, "CLERK")))
                .hasStatus(403);
        assertThat(api.get(api.bearer("admin"), "/api/v1/users?q={q}", username)).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void anAgencyAdministratorManagesTheirOwnAgencyButGrantsNoSystemAdministration() {
        Api api = new Api(mvc);
        String districtAdmin = api.bearer("qt.huyen1");
        String unit = api.field(api.get(districtAdmin, "/api/v1/agencies/{code}/units", DISTRICT), "/1/id");
        Map<String, Object> account = newUser("cv.moi." + suffix(), DISTRICT, "SPECIALIST");
        account.put("unitId", unit);

        var created = assertThat(api.post(districtAdmin, "/api/v1/users", account)).hasStatus(201).bodyJson();
        created.extractingPath("$.agencyCode").isEqualTo(DISTRICT);
        created.extractingPath("$.unitName").isEqualTo("Phòng Nội vụ");

        Map<String, Object> administrator = newUser("qt.gia." + suffix(), DISTRICT, "ADMIN");
        assertThat(api.post(districtAdmin, "/api/v1/users", administrator)).hasStatus(403).bodyJson()
                .extractingPath("$.code").isEqualTo("organisation.role.admin-only-by-admin");
    }

    @Test
    void anAgencyAdministratorCannotRaiseTheirOwnRolesNorTouchAnotherAdministrator() {
        Api api = new Api(mvc);
        String provinceAdmin = api.bearer("qt.tinh");
        String self = api.field(api.get(provinceAdmin, "/api/v1/me"), "/id");
        assertThat(api.put(provinceAdmin, "/api/v1/users/{id}", Map.of("fullName", "Quản Trị Tỉnh", "positionTitle",
                "Chủ tịch", "unitId", api.field(api.get(provinceAdmin, "/api/v1/users/{id}", self), "/unitId"),
                "roles", Set.of("AGENCY_ADMIN", "SPECIALIST", "LEADER"), "enabled", true), self))
                .hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("organisation.user.no-own-roles");
        assertThat(api.get(provinceAdmin, "/api/v1/users/{id}", self)).bodyJson().extractingPath("$.roles")
                .asArray().containsExactlyInAnyOrder("AGENCY_ADMIN", "SPECIALIST");

        String admin = api.bearer("admin");
        String colleague = "qt.hai." + suffix();
        String other = api.field(api.post(admin, "/api/v1/users", newUser(colleague, PROVINCE, "AGENCY_ADMIN")),
                "/id");
        assertThat(api.post(provinceAdmin, "/api/v1/users/{id}/password", Map.of("password", "Chiem@quyen2"), other))
                .hasStatus(403).bodyJson().extractingPath("$.code")
                .isEqualTo("organisation.user.administrator-by-admin");
        assertThat(api.token(colleague, "Chiem@quyen2")).hasStatus(401);
        assertThat(api.token(colleague, "Mat@khau2026")).hasStatusOk();
    }

    @Test
    void unknownAddressesAndOddPagingAnswerProblemDetails() {
        Api api = new Api(mvc);
        String token = api.bearer("admin");
        HttpResponse<String> unknown = http("GET", "/api/v1/nothing-here", token);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("\"code\":\"problem.http.404\"");
        HttpResponse<String> wrongMethod = http("DELETE", "/api/v1/me", token);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"code\":\"problem.http.405\"");
        assertThat(api.get(token, "/api/v1/users?sort=passwordHash,desc&size=2")).hasStatusOk();
        assertThat(api.get(token, "/api/v1/agencies?page=2147483647")).hasStatus(400).bodyJson()
                .extractingPath("$.code").isEqualTo("problem.page-out-of-range");
        assertThat(api.get(token, "/api/v1/users?q=%25&size=1")).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void anEditMadeOnAnOldReadingIsRefusedAndChangesNothing() {
        Api api = new Api(mvc);
        String admin = api.bearer("admin");
        String id = api.field(api.post(admin, "/api/v1/users", newUser("hai.nguoi." + suffix(), PROVINCE, "CLERK")),
                "/id");
        long read = Long.parseLong(api.field(api.get(admin, "/api/v1/users/{id}", id), "/version"));
        Map<String, Object> first = new HashMap<>(Map.of("fullName", "Người Sửa Trước", "positionTitle", "Văn thư",
                "roles", Set.of("CLERK"), "enabled", true, "version", read));
        assertThat(api.put(admin, "/api/v1/users/{id}", first, id)).hasStatusOk();

        Map<String, Object> second = new HashMap<>(first);
        second.put("fullName", "Người Sửa Sau");
        assertThat(api.put(admin, "/api/v1/users/{id}", second, id)).hasStatus(409).bodyJson()
                .extractingPath("$.code").isEqualTo("problem.concurrent-edit");
        assertThat(api.get(admin, "/api/v1/users/{id}", id)).bodyJson().extractingPath("$.fullName")
                .isEqualTo("Người Sửa Trước");
    }

    @Test
    void specialistsDoNotReachAccountManagement() {
        Api api = new Api(mvc);
        assertThat(api.get(api.bearer("cv.tinh"), "/api/v1/users")).hasStatus(403).bodyJson()
                .extractingPath("$.code").isEqualTo("security.forbidden");
    }

    @Test
    void unitsOfAnotherAgencyAreOffLimits() {
        Api api = new Api(mvc);
        String intruder = api.bearer("qt.tinh");
        String unit = api.field(api.get(intruder, "/api/v1/agencies/{code}/units", DISTRICT), "/0/id");

        assertThat(api.put(intruder, "/api/v1/units/{id}", Map.of("name", "Đổi tên", "abbreviation", "X"), unit))
                .hasStatus(404);
        assertThat(api.post(intruder, "/api/v1/agencies/{code}/units",
                Map.of("name", "Phòng lạ", "abbreviation", "PL"), DISTRICT)).hasStatus(403);
        assertThat(api.get(intruder, "/api/v1/units/{id}", unit)).bodyJson()
                .extractingPath("$.name").isEqualTo("Văn phòng HĐND và UBND");
    }

    @Test
    void aUnitWithPeopleCannotBeClosed() {
        Api api = new Api(mvc);
        String provinceAdmin = api.bearer("qt.tinh");
        String generalAffairs = api.field(api.get(provinceAdmin, "/api/v1/agencies/{code}/units", PROVINCE),
                "/0/id");
        assertThat(api.delete(provinceAdmin, "/api/v1/units/{id}", generalAffairs)).hasStatus(409).bodyJson()
                .extractingPath("$.code").isEqualTo("organisation.unit.not-empty");
    }

    @Test
    void validationErrorsNameEachFieldInTheCallersLanguage() {
        Api api = new Api(mvc);
        Map<String, Object> account = newUser("sai.ten." + suffix(), PROVINCE, "CLERK");
        account.put("fullName", " ");
        account.put("email", "khong-phai-email");

        var vietnamese = assertThat(api.post(api.bearer("admin"), "/api/v1/users", account)).hasStatus(400)
                .bodyJson();
        vietnamese.extractingPath("$.code").isEqualTo("problem.validation");
        vietnamese.extractingPath("$.errors[*].field").asArray()
                .contains("fullName", "email");
        vietnamese.extractingPath("$.title").isEqualTo("Dữ liệu không hợp lệ");

        var english = assertThat(mvc.post().uri("/api/v1/users")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + api.bearer("admin"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"x\",\"password\":\"p\",\"agencyCode\":\"000.00.00.H99\","
                        + "\"fullName\":\"\",\"positionTitle\":\"Văn thư\",\"roles\":[\"CLERK\"]}"))
                .hasStatus(400).bodyJson();
        english.extractingPath("$.title").isEqualTo("Invalid input");
        english.extractingPath("$.errors[?(@.field == 'fullName')].message").asArray()
                .containsExactly("must not be blank");
    }

    @Test
    void userNamesFollowOneRuleWhateverTheWayIn() {
        Api api = new Api(mvc);
        String admin = api.bearer("admin");
        String typed = "Chu.Hoa." + suffix();
        assertThat(api.post(admin, "/api/v1/users", newUser(typed, PROVINCE, "CLERK"))).hasStatus(201).bodyJson()
                .extractingPath("$.username").isEqualTo(typed.toLowerCase(java.util.Locale.ROOT));
        assertThat(api.post(admin, "/api/v1/users", newUser("có dấu", PROVINCE, "CLERK"))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("username");
    }

    @Test
    void refusesMalformedAndDuplicateIdentityCodes() {
        Api api = new Api(mvc);
        String admin = api.bearer("admin");
        var malformed = assertThat(api.post(admin, "/api/v1/agencies", agency("000.00.00.H9", "DEPARTMENT",
                PROVINCE))).hasStatus(400).bodyJson();
        malformed.extractingPath("$.errors[0].field").isEqualTo("code");
        malformed.extractingPath("$.code").isEqualTo("organisation.agency.code.invalid");

        assertThat(api.post(admin, "/api/v1/agencies", agency(PROVINCE, "PROVINCE", null))).hasStatus(409)
                .bodyJson().extractingPath("$.code").isEqualTo("organisation.agency.code.taken");
    }

    @Test
    void keepsTheTreeInTheOrderOfTheAdministration() {
        Api api = new Api(mvc);
        String admin = api.bearer("admin");
        assertThat(api.post(admin, "/api/v1/agencies", agency(newCode(), "COMMUNE", "000.00.02.H99")))
                .hasStatus(409).bodyJson().extractingPath("$.code")
                .isEqualTo("organisation.agency.level-not-allowed");

        String government = newCode();
        String office = newCode();
        assertThat(api.post(admin, "/api/v1/agencies", agency(government, "CENTRAL", null))).hasStatus(201);
        assertThat(api.post(admin, "/api/v1/agencies", agency(office, "CENTRAL", government))).hasStatus(201);
        assertThat(api.put(admin, "/api/v1/agencies/{code}", agency(government, "CENTRAL", office), government))
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("organisation.agency.cycle");
        assertThat(api.get(admin, "/api/v1/agencies/{code}", government)).bodyJson()
                .extractingPath("$.parentCode").isNull();
    }

    @Test
    void onlyTheSystemAdministratorAddsAgencies() {
        Api api = new Api(mvc);
        String code = newCode();
        assertThat(api.post(api.bearer("qt.tinh"), "/api/v1/agencies", agency(code, "DEPARTMENT", PROVINCE)))
                .hasStatus(403);
        assertThat(api.get(api.bearer("qt.tinh"), "/api/v1/agencies/{code}", code)).hasStatus(404);
        var created = assertThat(api.post(api.bearer("admin"), "/api/v1/agencies",
                agency(code, "DEPARTMENT", PROVINCE))).hasStatus(201);
        created.headers().hasValue(HttpHeaders.LOCATION, "/api/v1/agencies/" + code);
        created.bodyJson().extractingPath("$.path[0].code").isEqualTo(PROVINCE);
    }

    /** Over real HTTP: errors no controller handles go through the servlet container's error page. */
    private HttpResponse<String> http(String method, String path, String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> newUser(String username, String agency, String role) {
        Map<String, Object> user = new HashMap<>();
        user.put("username", username);
        user.put("password", "Mat@khau2026");
        user.put("agencyCode", agency);
        user.put("fullName", "Lê Thị Mới");
        user.put("positionTitle", "Chuyên viên");
        user.put("roles", Set.of(role));
        return user;
    }

    private static Map<String, Object> agency(String code, String level, String parent) {
        Map<String, Object> agency = new HashMap<>();
        agency.put("code", code);
        agency.put("name", "Cơ quan thử nghiệm " + code);
        agency.put("abbreviation", "CQTN");
        agency.put("level", level);
        agency.put("parentCode", parent);
        return agency;
    }

    private static String newCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%03d.%02d.%02d.Z%02d", random.nextInt(1000), random.nextInt(100), random.nextInt(100),
                1 + random.nextInt(99));
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }
}
