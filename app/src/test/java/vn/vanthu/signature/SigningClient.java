package vn.vanthu.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.Api;

/** Signs and validates through the REST API as the demo accounts, as an integrator's client would. */
final class SigningClient {

    static final String PIN = Api.DEMO_PIN;

    private final MockMvcTester mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    SigningClient(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    /** @param kind {@code personal} or {@code agency} */
    MvcTestResult sign(String who, String kind, byte[] pdf, Map<String, Object> request) {
        return mvc.post().uri("/api/v1/signatures/" + kind).multipart()
                .file(new MockMultipartFile("file", "van-ban.pdf", MediaType.APPLICATION_PDF_VALUE, pdf))
                .file(new MockMultipartFile("request", "", MediaType.APPLICATION_JSON_VALUE,
                        json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8)))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(who)).exchange();
    }

    /**
     * The PDF sent whole as the body, the PIN in its header and the rest in the address, as a phone or an integrator
     * sends it.
     *
     * @param pin empty to send none
     * @param query e.g. {@code separateFile=true&numberAndNotation=15/QĐ-UBND} (encoded on the way), or empty
     */
    MvcTestResult signWhole(String who, String kind, byte[] pdf, String pin, String query) {
        var request = mvc.post().uri("/api/v1/signatures/" + kind + (query.isEmpty() ? "" : "?" + query))
                .contentType(MediaType.APPLICATION_PDF).content(pdf)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(who));
        return (pin.isEmpty() ? request : request.header("VanThu-Pin", pin)).exchange();
    }

    byte[] signed(String who, String kind, byte[] pdf, Map<String, Object> request) {
        return ok(sign(who, kind, pdf, request));
    }

    JsonNode validate(String who, byte[] pdf) {
        MvcTestResult result = mvc.post().uri("/api/v1/signatures/validations").multipart()
                .file(new MockMultipartFile("file", "kiem-tra.pdf", MediaType.APPLICATION_PDF_VALUE, pdf))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(who)).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    static byte[] ok(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    JsonNode body(MvcTestResult result) {
        return api().read(result);
    }

    Api api() {
        return new Api(mvc);
    }

    String token(String username) {
        return api().token(username);
    }
}
