package vn.vanthu.outgoing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.Api;

/**
 * Drafts outgoing documents and takes them through their steps over the REST API, as the demo accounts of the
 * provincial People's Committee do: cv.tinh drafts a decision for ld.tinh to sign, with the PIN of the demo keys.
 * Shared by the tests that need an outgoing document in some state.
 */
public final class OutgoingApi {

    public static final String PIN = Api.DEMO_PIN;

    private final MockMvcTester mvc;
    private final Api api;
    private final JsonMapper json = JsonMapper.builder().build();

    public OutgoingApi(MockMvcTester mvc) {
        this.mvc = mvc;
        this.api = new Api(mvc);
    }

    /** A decision drafted by cv.tinh, submitted and signed by ld.tinh: ready for the clerk to issue. */
    String signedDocument(String subject) {
        return signedDocument(details(subject, List.of()));
    }

    /** Drafted, signed, then numbered and issued by vt.tinh from {@code registerId}: the document as issued. */
    public JsonNode issued(Map<String, Object> details, String registerId) {
        String id = signedDocument(details);
        return api.ok(post("vt.tinh", id, "issue", Map.of("registerId", registerId, "pin", PIN)));
    }

    String signedDocument(Map<String, Object> details) {
        String id = api.created(draft("cv.tinh", details)).get("id").asString();
        api.ok(post("cv.tinh", id, "submit", Map.of()));
        api.ok(post("ld.tinh", id, "sign", Map.of("pin", PIN)));
        return id;
    }

    MvcTestResult draft(String who, Map<String, Object> metadata) {
        return draft(who, metadata, composition("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm "
                + "2015;\n\nỦy ban nhân dân tỉnh quyết định tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ."));
    }

    /** A draft whose main file is an uploaded PDF. */
    MvcTestResult draftUploaded(String who, Map<String, Object> metadata, byte[] pdf) {
        return draft(who, metadata, new MockMultipartFile("file", "cong-van.pdf", MediaType.APPLICATION_PDF_VALUE,
                pdf));
    }

    private MvcTestResult draft(String who, Map<String, Object> metadata, MockMultipartFile main) {
        return mvc.post().uri("/api/v1/outgoing-documents")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + api.token(who))
                .multipart()
                .file(new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE,
                        json.writeValueAsBytes(metadata)))
                .file(main)
                .exchange();
    }

    MockMultipartFile composition(String body) {
        return new MockMultipartFile("composition", "", MediaType.APPLICATION_JSON_VALUE,
                json.writeValueAsBytes(Map.of("body", body)));
    }

    /** A decision of the People's Committee, signed by its chairman ld.tinh, to these recipients. */
    public Map<String, Object> details(String subject, List<Map<String, Object>> recipients) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documentType", "QUYET_DINH");
        details.put("subject", subject);
        details.put("signerId", api.me("ld.tinh").get("id").asString());
        details.put("authority", "TM");
        details.put("authorityOf", "Ủy ban nhân dân");
        details.put("urgency", "NORMAL");
        details.put("confidentiality", "NONE");
        details.put("recipients", recipients);
        return details;
    }

    /** A line of "Nơi nhận": an agency by its code, or a name for one outside the directory. */
    public static Map<String, Object> addressee(String agencyCode, String name) {
        Map<String, Object> recipient = new HashMap<>();
        recipient.put("agencyCode", agencyCode);
        recipient.put("name", name);
        return recipient;
    }

    MvcTestResult post(String who, String id, String step, Object body) {
        return api.post(api.token(who), "/api/v1/outgoing-documents/{id}/" + step, body, id);
    }

    /** The ordinary outgoing register of the provincial People's Committee, as its clerk vt.tinh sees it. */
    public String outgoingRegister() {
        return outgoingRegister(false);
    }

    String outgoingRegister(boolean confidential) {
        for (JsonNode register : api.ok(api.get(api.token("vt.tinh"), "/api/v1/registers?kind=OUTGOING"))) {
            if (register.get("confidential").asBoolean() == confidential) {
                return register.get("id").asString();
            }
        }
        throw new IllegalStateException("no outgoing register");
    }

    /** The line of the recipient table of document {@code id} for {@code agency}, as vt.tinh sees it. */
    public JsonNode recipient(String id, String agency) {
        for (JsonNode recipient : api.ok(api.get(api.token("vt.tinh"), "/api/v1/outgoing-documents/{id}/recipients",
                id))) {
            if (agency.equals(recipient.get("agencyCode").asString())) {
                return recipient;
            }
        }
        throw new AssertionError("no recipient " + agency);
    }
}
