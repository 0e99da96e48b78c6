package vn.vanthu;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the REST API as an integrator would: get a token with a password, then send it as a bearer token. */
public final class Api {

    public static final String DEMO_PASSWORD = "Demo@123";
    /** The PIN of every demo certificate. */
    public static final String DEMO_PIN = "123456";

    private final MockMvcTester mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    public Api(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, JsonNode> PEOPLE = new java.util.concurrent.ConcurrentHashMap<>();

    /** A demo account's bearer token, asked for once per test run. */
    public String token(String username) {
        return TOKENS.computeIfAbsent(username, this::bearer);
    }

    /** A demo account as {@code /api/v1/me} describes it: id, agency, unit, roles. */
    public JsonNode me(String username) {
        return PEOPLE.computeIfAbsent(username, name -> ok(get(token(name), "/api/v1/me")));
    }

    public MvcTestResult token(String username, String password) {
        return mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("username", username, "password", password)))
                .exchange();
    }

    /** A valid bearer token of a demo account. */
    public String bearer(String username) {
        return bearer(username, DEMO_PASSWORD);
    }

    public String bearer(String username, String password) {
        MvcTestResult result = token(username, password);
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + result.getResponse().getStatus());
        }
        try {
            return json.readTree(result.getResponse().getContentAsString()).get("accessToken").asString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text field of a JSON answer, by JSON pointer, e.g. {@code /id} or {@code /content/0/code}. */
    public String field(MvcTestResult result, String pointer) {
        try {
            return json.readTree(result.getResponse().getContentAsString()).at(pointer).asString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON of a 200 answer; any other status fails the test, showing the answer. */
    public JsonNode ok(MvcTestResult result) {
        return expect(result, 200);
    }

    /** The JSON of a 201 answer; any other status fails the test, showing the answer. */
    public JsonNode created(MvcTestResult result) {
        return expect(result, 201);
    }

    /** The answer is the Problem Details of a refusal: this status and, when given, this code. */
    public void refused(MvcTestResult result, int status, String code) {
        JsonNode problem = expect(result, status);
        if (code != null && !problem.path("code").asString().equals(code)) {
            throw new AssertionError("expected problem " + code + " but got " + body(result));
        }
    }

    public JsonNode read(MvcTestResult result) {
        return json.readTree(body(result));
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode expect(MvcTestResult result, int status) {
        if (result.getResponse().getStatus() != status) {
            throw new AssertionError("expected " + status + " but got " + result.getResponse().getStatus() + ": "
                    + body(result));
        }
        return read(result);
    }

    public MvcTestResult get(String token, String uri, Object... variables) {
        return mvc.get().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    public MvcTestResult post(String token, String uri, Object body, Object... variables) {
        return mvc.post().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)).exchange();
    }

    public MvcTestResult put(String token, String uri, Object body, Object... variables) {
        return mvc.put().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)).exchange();
    }

    public MvcTestResult delete(String token, String uri, Object... variables) {
        return mvc.delete().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    /** The ordinary incoming register of {@code clerk}'s agency. */
    public String incomingRegister(String clerk) {
        for (JsonNode register : ok(get(token(clerk), "/api/v1/registers?kind=INCOMING"))) {
            if (!register.get("confidential").asBoolean()) {
                return register.get("id").asString();
            }
        }
        throw new IllegalStateException("no incoming register");
    }
}
