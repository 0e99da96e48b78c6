package vn.vanthu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;
import vn.vanthu.organisation.Accounts;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;

@IntegrationTest
class SignInIntegrationTests {

    private static final String PASSWORD = "Đúng@2026";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    SecuritySettings settings;
    @Autowired
    Accounts accounts;
    @LocalServerPort
    int port;

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
        Api api = new Api(mvc);
        var wrongPassword = assertThat(api.token("cv.huyen1", "Sai@12345")).hasStatus(401);
        wrongPassword.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        wrongPassword.bodyJson().extractingPath("$.code").isEqualTo("security.sign-in.refused");
        assertThat(api.token("nobody.at.all", "Sai@12345")).hasStatus(401).bodyJson()
                .extractingPath("$.code").isEqualTo("security.sign-in.refused");
        assertThat(api.token("Không có\u0000ai", "Sai@12345")).hasStatus(401).bodyJson()
                .extractingPath("$.code").isEqualTo("security.sign-in.refused");
    }

    @Test
    void locksTheAccountAfterFiveWrongPasswordsUntilAnAdministratorUnlocksIt() {
        Api api = new Api(mvc);
        String admin = api.bearer("admin");
        String username = "khoa." + suffix();
        String id = newAccount(api, admin, username);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(api.token(username, "Sai@12345")).hasStatus(401);
            assertThat(api.get(admin, "/api/v1/users/{id}", id)).bodyJson().extractingPath("$.locked")
                    .isEqualTo(false);
        }
        assertThat(api.token(username, "Sai@12345")).hasStatus(401);
        assertThat(api.get(admin, "/api/v1/users/{id}", id)).bodyJson().extractingPath("$.locked").isEqualTo(true);
        assertThat(api.token(username, PASSWORD)).hasStatus(401).bodyJson()
                .extractingPath("$.code").isEqualTo("security.sign-in.refused");

        assertThat(api.post(admin, "/api/v1/users/{id}/unlock", Map.of(), id)).hasStatusOk();
        assertThat(api.token(username, PASSWORD)).hasStatusOk();
    }

    @Test
    void parallelGuessesEachCountTowardsTheLockOut() throws Exception {
        Api api = new Api(mvc);
        String admin = api.bearer("admin");
        String username = "songsong." + suffix();
        String id = newAccount(api, admin, username);

        ExecutorService guessers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                guesses.add(guessers.submit(() -> api.token(username, "Doan@bua" + Thread.currentThread().getId())
                        .getResponse().getStatus()));
            }
            for (Future<Integer> guess : guesses) {
                assertThat(guess.get()).isEqualTo(401);
            }
        } finally {
            guessers.shutdown();
        }
        assertThat(api.get(admin, "/api/v1/users/{id}", id)).bodyJson().extractingPath("$.locked").isEqualTo(true);
        assertThat(api.token(username, PASSWORD)).hasStatus(401);
    }

    @Test
    void aPasswordResetEndsTheTokensIssuedBefore() {
        Api api = new Api(mvc);
        String admin = api.bearer("admin");
        String username = "datlai." + suffix();
        String id = newAccount(api, admin, username);
        String token = api.bearer(username, PASSWORD);
        assertThat(api.get(token, "/api/v1/me")).hasStatusOk();

        assertThat(api.post(admin, "/api/v1/users/{id}/password", Map.of("password", "Moi@2026mk"), id))
                .hasStatusOk();

        assertThat(api.get(token, "/api/v1/me")).hasStatus(401);
        assertThat(api.get(api.bearer(username, "Moi@2026mk"), "/api/v1/me")).hasStatusOk();
    }

    @Test
    void aClientMayAskForANewTokenWhileSendingItsOldOne() {
        Api api = new Api(mvc);
        assertThat(mvc.post().uri("/api/v1/auth/token").header(HttpHeaders.AUTHORIZATION, "Bearer expired.token.x")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"cv.tinh\",\"password\":\"Demo@123\"}")).hasStatusOk();
    }

    @Test
    void refusesAnExpiredToken() {
        Api api = new Api(mvc);
        String live = api.bearer("cv.tinh");
        UUID id = UUID.fromString(api.field(api.get(live, "/api/v1/me"), "/id"));
        CurrentUser me = new CurrentUser(id, "cv.tinh", "", "", new AgencyCode("000.00.00.H99"), "", null, null,
                Set.of(Role.SPECIALIST));
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        long stamp = accounts.credentialStamp(id);
        String fresh = new ApiTokens(settings, Optional.empty()).issue(me, stamp).accessToken();
        String expired = new ApiTokens(settings, Optional.of(twoHoursAgo)).issue(me, stamp).accessToken();

        assertThat(api.get(fresh, "/api/v1/me")).hasStatusOk();
        var refused = assertThat(api.get(expired, "/api/v1/me")).hasStatus(401);
        refused.hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        refused.bodyJson().extractingPath("$.code").isEqualTo("security.token.invalid");
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
        Api api = new Api(mvc);
        String live = api.bearer("cv.tinh");
        String forged = live.substring(0, live.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assertThat(api.get(forged, "/api/v1/me")).hasStatus(401);
    }

    @Test
    void aDisabledAccountsTokenStopsWorkingAtOnce() {
        Api api = new Api(mvc);
        String admin = api.bearer("admin");
        String username = "tat." + suffix();
        String id = newAccount(api, admin, username);
        String token = api.bearer(username, PASSWORD);
        assertThat(api.get(token, "/api/v1/me")).hasStatusOk();

        assertThat(api.put(admin, "/api/v1/users/{id}", Map.of("fullName", "Người Bị Tắt", "positionTitle",
                "Chuyên viên", "roles", Set.of("CLERK"), "enabled", false), id)).hasStatusOk();

        assertThat(api.get(token, "/api/v1/me")).hasStatus(401).bodyJson()
                .extractingPath("$.code").isEqualTo("security.token.account-inactive");
    }

    @Test
    void apiCallsWithoutATokenAreRefusedAsProblemDetails() {
        assertThat(mvc.get().uri("/api/v1/agencies")).hasStatus(401)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("security.unauthenticated");
    }

    @Test
    void theWebFormSignsInWithTheCsrfTokenOfItsPage() throws Exception {
        WebBrowser browser = new WebBrowser(port);
        assertThat(browser.signIn("vt.tinh", Api.DEMO_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        WebBrowser wrong = new WebBrowser(port);
        assertThat(wrong.signIn("vt.tinh", "Sai@12345").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));

        WebBrowser forger = new WebBrowser(port);
        assertThat(forger.post("/login", "username=vt.tinh&password=Demo%40123").statusCode()).isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> signedIn = new WebBrowser(port).signIn("ld.tinh", Api.DEMO_PASSWORD);
        assertThat(signedIn.headers().allValues(HttpHeaders.SET_COOKIE))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("VANTHU_SESSION=").contains("HttpOnly")
                        .contains("SameSite=Lax"));
    }

    @Test
    void aVisitorWhoIsNotSignedInCostsNoSession() throws Exception {
        // over real HTTP: MockMvc hands every request a session of its own
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/login", "/admin/users", "/agencies")) {
            HttpResponse<Void> visit = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(visit.headers().allValues(HttpHeaders.SET_COOKIE)).as(path)
                    .noneMatch(cookie -> cookie.startsWith("VANTHU_SESSION"));
        }
    }

    @Test
    void signingInDoesNotMakeAnAdministratorsOpenEditFail() {
        Api api = new Api(mvc);
        String admin = api.bearer("admin");
        String username = "sua.song." + suffix();
        String id = newAccount(api, admin, username);
        long read = Long.parseLong(api.field(api.get(admin, "/api/v1/users/{id}", id), "/version"));

        api.token(username, PASSWORD);
        api.token(username, "Sai@12345");

        assertThat(api.put(admin, "/api/v1/users/{id}", Map.of("fullName", "Tên Mới", "positionTitle", "Văn thư",
                "roles", Set.of("CLERK"), "enabled", true, "version", read), id)).hasStatusOk();
    }

    @Test
    void anUnsupportedLanguageFallsBackToVietnamese() {
        var page = mvc.get().uri("/login?lang=fr").exchange().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        try {
            assertThat(page.getContentAsString()).contains("Đăng nhập").doesNotContain("??");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pagesCarryStrictSecurityHeaders() {
        var login = assertThat(mvc.get().uri("/login")).hasStatusOk();
        login.headers().hasValue("X-Frame-Options", "DENY");
        login.headers().hasValue("X-Content-Type-Options", "nosniff");
        login.headers().hasValue("Referrer-Policy", "same-origin");
        login.headers().containsHeader("Content-Security-Policy");
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection();
    }

    private static String newAccount(Api api, String adminToken, String username) {
        var created = api.post(adminToken, "/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "agencyCode", "000.00.41.H99", "fullName", "Trần Thị Thử", "positionTitle", "Văn thư",
                "roles", Set.of("CLERK")));
        assertThat(created).hasStatus(201);
        return api.field(created, "/id");
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }
}
