package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;
import vn.vanthu.audit.AuditEntry;
import vn.vanthu.audit.AuditTrail;
import vn.vanthu.organisation.AgencyCode;

/**
 * The national directory through the REST API: the system administrator loads the hub's list (JSON) or a spreadsheet
 * (CSV), a second load says what changed, a bad row loads nothing; everyone signed in finds agencies without typing
 * diacritics, and sees which of them VanThu serves itself. Each test uses agency codes of its own group letter and
 * number, so the tests do not depend on each other's rows.
 */
@IntegrationTest
class NationalDirectoryIntegrationTests {

    private static final String IMPORT = "/api/v1/exchange/directory";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    NationalDirectory directory;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void importsTheHubsListAndCountsWhatChangedOnTheNextImport() {
        List<Map<String, Object>> hub = new ArrayList<>();
        hub.add(agency(7001, 0, "000.00.00.K11", "K11", "Bộ Thử nghiệm"));
        hub.add(agency(7002, 7001, "000.00.01.K11", "K11.01", "Cục Một"));
        hub.add(agency(7003, 7001, "000.00.02.K11", null, "Cục Hai"));

        assertThat(counts(api().ok(upload("admin", "agencies.json", json.writeValueAsBytes(hub)))))
                .containsExactly(3, 0, 0);
        JsonNode child = only("000.00.01.K11");
        assertThat(child.get("name").asString()).isEqualTo("Cục Một");
        assertThat(child.get("code").asString()).isEqualTo("K11.01");
        assertThat(child.get("parentCode102").asString()).isEqualTo("000.00.00.K11");
        assertThat(child.get("parentName").asString()).isEqualTo("Bộ Thử nghiệm");
        assertThat(child.get("internal").asBoolean()).isFalse();

        hub.set(2, agency(7003, 7001, "000.00.02.K11", null, "Cục Hai (đổi tên)"));
        hub.add(agency(7004, 7002, "001.00.01.K11", null, "Chi cục Bốn"));
        assertThat(counts(api().ok(upload("admin", "agencies.json", json.writeValueAsBytes(hub)))))
                .containsExactly(1, 1, 2);
        assertThat(only("000.00.02.K11").get("name").asString()).isEqualTo("Cục Hai (đổi tên)");
        assertThat(only("001.00.01.K11").get("parentName").asString()).isEqualTo("Cục Một");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                trail.entries(null, "admin", "national", PageRequest.of(0, 50)).getContent())
                .extracting(AuditEntry::action).contains("exchange.directory.imported"));
    }

    @Test
    void importsASpreadsheetWithItsByteOrderMarkQuotesAndParentsByEitherCode() {
        String csv = "\uFEFFcode,code102,oldCode,name,parent\r\n"
                + "K12,000.00.00.K12,,\"Ủy ban nhân dân tỉnh Thử, Nghiệm\",\r\n"
                + "K12.01,000.00.01.K12,001.01,Sở Nội vụ,K12\r\n"
                + ",000.01.01.K12,,\"Phòng \"\"Một cửa\"\"\",000.00.01.K12\r\n";

        assertThat(counts(api().ok(upload("admin", "danh-ba.csv", csv.getBytes(StandardCharsets.UTF_8)))))
                .containsExactly(3, 0, 0);
        assertThat(only("000.00.00.K12").get("name").asString()).isEqualTo("Ủy ban nhân dân tỉnh Thử, Nghiệm");
        JsonNode department = only("000.00.01.K12");
        assertThat(department.get("oldCode").asString()).isEqualTo("001.01");
        assertThat(department.get("parentCode102").asString()).isEqualTo("000.00.00.K12");
        JsonNode unit = only("000.01.01.K12");
        assertThat(unit.get("name").asString()).isEqualTo("Phòng \"Một cửa\"");
        assertThat(unit.get("parentName").asString()).isEqualTo("Sở Nội vụ");

        // the same file again changes nothing; a semicolon-separated one (a spreadsheet in Vietnamese) is read too
        String semicolons = "code;code102;oldCode;name;parent\n"
                + "K12;000.00.00.K12;;Ủy ban nhân dân tỉnh Thử, Nghiệm;\n";
        assertThat(counts(api().ok(upload("admin", "danh-ba.csv", csv.getBytes(StandardCharsets.UTF_8)))))
                .containsExactly(0, 0, 3);
        assertThat(counts(api().ok(upload("admin", "danh-ba.csv", semicolons.getBytes(StandardCharsets.UTF_8)))))
                .containsExactly(0, 0, 1);
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingWhereAndWhichField() {
        String csv = "code,code102,oldCode,name,parent\n"
                + "K13,000.00.00.K13,,Bộ Mười ba,\n"
                + "K13.01,00.00.01.K13,,Cục sai mã,000.00.00.K13\n";
        MvcTestResult refused = upload("admin", "sai.csv", csv.getBytes(StandardCharsets.UTF_8));
        api().refused(refused, 400, "exchange.directory.code102.invalid");
        JsonNode problem = api().read(refused);
        assertThat(problem.get("detail").asString())
                .isEqualTo("Dòng 3: mã định danh (code102) \"00.00.01.K13\" không đúng dạng QCVN 102:2016"
                        + " (ví dụ 000.00.00.H41).");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("code102");
        assertThat(search("admin", "000.00.00.K13").get("content")).isEmpty();

        List<Map<String, Object>> hub = List.of(agency(1, 0, "000.00.00.K13", null, "Bộ Mười ba"),
                agency(2, 1, "000.00.01.K13", null, "Cục " + "rất dài ".repeat(40)));
        refused = upload("admin", "agencies.json", json.writeValueAsBytes(hub));
        api().refused(refused, 400, "exchange.directory.too-long");
        problem = api().read(refused);
        assertThat(problem.get("detail").asString()).isEqualTo("Mục thứ 2: trường name dài quá 300 ký tự.");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("name");
        assertThat(search("admin", "000.00.00.K13").get("content")).isEmpty();

        api().refused(upload("admin", "latin1.csv", "code102,name\n000.00.00.K13,B\u00f4\n"
                .getBytes(StandardCharsets.ISO_8859_1)), 400, "exchange.directory.not-utf8");
        api().refused(upload("admin", "x.csv", "ma,ten\n1,2\n".getBytes(StandardCharsets.UTF_8)), 400,
                "exchange.directory.csv.header");
    }

    @Test
    void onlyTheSystemAdministratorImportsAndEveryoneSearches() {
        byte[] file = "code102,name\n000.00.00.K14,Bộ Mười bốn\n".getBytes(StandardCharsets.UTF_8);
        api().refused(upload("vt.tinh", "a.csv", file), 403, "exchange.directory.not-admin");
        api().refused(upload("qt.tinh", "a.csv", file), 403, "exchange.directory.not-admin");
        assertThat(search("cv.tinh", "000.00.00.K14").get("content")).isEmpty();

        api().ok(upload("admin", "a.csv", file));
        assertThat(search("cv.tinh", "bo muoi bon").at("/content/0/code102").asString()).isEqualTo("000.00.00.K14");
    }

    @Test
    void findsWithoutDiacriticsAndMarksTheAgenciesVanThuServes() {
        List<Map<String, Object>> hub = List.of(
                agency(40, 0, "000.00.00.H41", "H41", "Ủy ban nhân dân tỉnh Nghệ An"),
                agency(99, 0, "000.00.00.H99", "H99", "Ủy ban nhân dân tỉnh Sơn Hà"));
        api().ok(upload("admin", "agencies.json", json.writeValueAsBytes(hub)));

        JsonNode found = search("vt.tinh", "uy ban nhan dan tinh nghe an");
        assertThat(found.at("/content/0/name").asString()).isEqualTo("Ủy ban nhân dân tỉnh Nghệ An");
        assertThat(found.at("/content/0/code102").asString()).isEqualTo("000.00.00.H41");
        assertThat(found.at("/content/0/internal").asBoolean()).isFalse();
        assertThat(search("vt.tinh", "UY BAN NHAN DAN TINH SON HA").at("/content/0/internal").asBoolean()).isTrue();

        assertThat(directory.find(new AgencyCode("000.00.00.H99"))).hasValueSatisfying(agency -> {
            assertThat(agency.name()).isEqualTo("Ủy ban nhân dân tỉnh Sơn Hà");
            assertThat(agency.internal()).isTrue();
        });
        assertThat(directory.find(new AgencyCode("000.00.00.H41")).orElseThrow().internal()).isFalse();
        assertThat(directory.find(new AgencyCode("000.00.09.H41"))).isEmpty();
    }

    /**
     * Not a timed assertion: the figure is printed for the record. Twenty thousand agencies of the hub's shape, a
     * parent for every hundred, load in one transaction; loading them again finds every one unchanged.
     */
    @Test
    void loadsTwentyThousandAgenciesInOneGo() {
        List<Map<String, Object>> hub = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            String code = String.format("%03d.%02d.%02d.Z98", n / 100 % 1000, n % 100, n / 100_000);
            hub.add(agency(100_000 + n, n % 100 == 0 ? 0 : 100_000 + n - n % 100, code, null,
                    "Cơ quan thử tải số " + n + " thuộc tỉnh Thử Nghiệm"));
        }
        byte[] file = json.writeValueAsBytes(hub);

        long start = System.nanoTime();
        assertThat(counts(api().ok(upload("admin", "national.json", file)))).containsExactly(20_000, 0, 0);
        long first = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        assertThat(counts(api().ok(upload("admin", "national.json", file)))).containsExactly(0, 0, 20_000);
        long again = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("National directory: 20,000 agencies (%d KB of JSON) imported in %d ms, "
                + "imported again (all unchanged) in %d ms%n", file.length / 1024, first, again);

        assertThat(search("cv.tinh", "co quan thu tai so 19999").at("/content/0/parentName").asString())
                .isEqualTo("Cơ quan thử tải số 19900 thuộc tỉnh Thử Nghiệm");
    }

    // ----

    private Api api() {
        return new Api(mvc);
    }

    private static Map<String, Object> agency(int id, int pid, String code102, String code, String name) {
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("id", id);
        agency.put("pid", pid);
        agency.put("code", code);
        agency.put("name", name);
        agency.put("mail", null);
        agency.put("oldCode", null);
        agency.put("code102", code102);
        return agency;
    }

    private MvcTestResult upload(String who, String name, byte[] content) {
        return mvc.post().uri(IMPORT).multipart()
                .file(new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, content))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + api().token(who))
                .exchange();
    }

    private JsonNode search(String who, String text) {
        return api().ok(api().get(api().token(who), IMPORT + "?q={q}", text));
    }

    private JsonNode only(String code102) {
        JsonNode found = search("admin", code102).get("content");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<Integer> counts(JsonNode answer) {
        return List.of(answer.get("created").asInt(), answer.get("updated").asInt(), answer.get("unchanged").asInt());
    }
}
