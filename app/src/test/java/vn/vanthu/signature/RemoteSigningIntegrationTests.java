package vn.vanthu.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;

/**
 * Signing from a phone whose key never leaves it: a Java key pair plays the phone and signs exactly as WebCrypto does
 * (ECDSA P-256 with SHA-256, the raw r||s form). ld.huyen1 enrols it, sends a document to it from the desktop, the
 * phone approves, and the signed PDF validates.
 */
@IntegrationTest
class RemoteSigningIntegrationTests {

    private static final String BASE = "/api/v1/signatures/phone";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    People people;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aPhoneEnrolsApprovesARequestAndTheSignatureValidates() throws Exception {
        SigningClient client = new SigningClient(mvc);
        String token = client.token("ld.huyen1");
        Person leader = people.byUsername("ld.huyen1").orElseThrow();
        KeyPair phone = PhoneKeys.generate();
        String publicKey = Base64.getEncoder().encodeToString(phone.getPublic().getEncoded());
        String proof = PhoneKeys.sign(phone.getPrivate(),
                ("vanthu-enrol:ld.huyen1:" + publicKey).getBytes(StandardCharsets.UTF_8));

        // the password confirms it is the official at the phone
        assertThat(client.api().post(token, BASE + "/enrolments", Map.of("publicKey", publicKey,
                "deviceName", "Điện thoại thử", "password", "sai-mat-khau", "proof", proof))).hasStatus(400);
        // a key the phone cannot prove it holds is refused
        assertThat(client.api().post(token, BASE + "/enrolments", Map.of("publicKey", publicKey,
                "deviceName", "Điện thoại thử", "password", Api.DEMO_PASSWORD, "proof",
                PhoneKeys.sign(PhoneKeys.generate().getPrivate(),
                        "vanthu-enrol:ld.huyen1:x".getBytes(StandardCharsets.UTF_8))))).hasStatus(400);
        MvcTestResult enrolled = client.api().post(token, BASE + "/enrolments", Map.of("publicKey", publicKey,
                "deviceName", "Điện thoại thử", "password", Api.DEMO_PASSWORD, "proof", proof));
        assertThat(enrolled).hasStatus(201);
        assertThat(client.body(enrolled).get("keySource").asString()).isEqualTo("PHONE");

        byte[] letter = TestPdfs.letter(1, "CHỦ TỊCH", leader.fullName());
        MvcTestResult sent = mvc.post().uri(BASE + "/requests").multipart()
                .file(new MockMultipartFile("file", "quyet-dinh.pdf", MediaType.APPLICATION_PDF_VALUE, letter))
                .file(new MockMultipartFile("request", "", MediaType.APPLICATION_JSON_VALUE,
                        json.writeValueAsBytes(Map.of("subject", "Quyết định thử ký trên điện thoại"))))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        assertThat(sent).hasStatus(202);
        String id = client.body(sent).get("id").asString();

        JsonNode waiting = client.body(client.api().get(token, BASE + "/requests"));
        JsonNode request = null;
        for (JsonNode one : waiting) {
            if (one.get("id").asString().equals(id)) {
                request = one;
            }
        }
        assertThat(request).isNotNull();
        assertThat(request.get("subject").asString()).isEqualTo("Quyết định thử ký trên điện thoại");
        assertThat(client.api().get(token, BASE + "/requests/{id}/preview", id)).hasStatusOk()
                .hasContentType(MediaType.IMAGE_PNG);
        // nobody else sees the request
        assertThat(client.api().get(client.token("cv.huyen1"), BASE + "/requests/{id}", id)).hasStatus(404);

        byte[] dataToSign = Base64.getDecoder().decode(request.get("dataToSign").asString());
        // a signature by another key changes nothing
        assertThat(client.api().post(token, BASE + "/requests/{id}/approval",
                Map.of("signature", PhoneKeys.sign(PhoneKeys.generate().getPrivate(), dataToSign)), id))
                .hasStatus(400);
        MvcTestResult approved = client.api().post(token, BASE + "/requests/{id}/approval",
                Map.of("signature", PhoneKeys.sign(phone.getPrivate(), dataToSign)), id);
        assertThat(approved).hasStatusOk();
        assertThat(client.body(approved).get("state").asString()).isEqualTo("SIGNED");
        // once is enough
        assertThat(client.api().post(token, BASE + "/requests/{id}/approval",
                Map.of("signature", PhoneKeys.sign(phone.getPrivate(), dataToSign)), id)).hasStatus(409);

        byte[] signed = SigningClient.ok(client.api().get(token, BASE + "/requests/{id}/document", id));
        JsonNode report = client.validate("ld.huyen1", signed);
        assertThat(report.get("verdict").asString()).isEqualTo("VALID");
        assertThat(report.get("signatures").get(0).get("signer").asString()).isEqualTo(leader.fullName());
        assertThat(report.get("signatures").get(0).get("level").asString()).isEqualTo("PAdES-BASELINE-LT");
    }
}
