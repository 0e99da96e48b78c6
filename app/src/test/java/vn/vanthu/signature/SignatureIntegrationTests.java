package vn.vanthu.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.signature.internal.BuiltInAuthority;

/**
 * Signing and validating through the REST API as the demo province's people do it: ld.tinh (the chairman) signs
 * personally, vt.tinh (the clerk) applies the agency's seal. Their certificates and images come from the demo seeding
 * (PIN 123456).
 */
@IntegrationTest
class SignatureIntegrationTests {

    static final String PIN = SigningClient.PIN;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    People people;
    @Autowired
    BuiltInAuthority authority;
    @Autowired
    SigningCertificates certificates;

    @Test
    void personalThenAgencySignatureValidatesWithBothSignaturesIntactTrustedAndTimestamped() throws IOException {
        Person chairman = people.byUsername("ld.tinh").orElseThrow();
        byte[] letter = TestPdfs.letter(2, "CHỦ TỊCH", chairman.fullName());

        MvcTestResult personal = sign("ld.tinh", "personal", letter, Map.of("pin", PIN, "documentRef", "test:1"));
        assertThat(personal).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(personal.getResponse().getHeader("VanThu-Signature-Level")).isEqualTo("PAdES-BASELINE-LT");
        byte[] signedOnce = personal.getResponse().getContentAsByteArray();

        MvcTestResult agency = sign("vt.tinh", "agency", signedOnce, Map.of("pin", PIN, "separateFile", false));
        assertThat(agency).hasStatusOk();
        byte[] signedTwice = agency.getResponse().getContentAsByteArray();

        JsonNode report = validate("cv.tinh", signedTwice);
        assertThat(report.get("verdict").asString()).isEqualTo("VALID");
        assertThat(report.get("signatures")).hasSize(2);
        for (JsonNode signature : report.get("signatures")) {
            assertThat(signature.get("verdict").asString()).isEqualTo("VALID");
            assertThat(signature.get("intact").asBoolean()).isTrue();
            assertThat(signature.get("trustedChain").asBoolean()).isTrue();
            assertThat(signature.get("revocation").asString()).isEqualTo("GOOD");
            assertThat(signature.get("timestampTime").isNull()).isFalse();
            assertThat(signature.get("level").asString()).isEqualTo("PAdES-BASELINE-LT");
        }
        assertThat(report.get("signatures").get(0).get("signer").asString()).isEqualTo(chairman.fullName());
        assertThat(report.get("signatures").get(1).get("organisation").asString())
                .isEqualTo("Ủy ban nhân dân tỉnh Sơn Hà");
    }

    @Test
    void personalImageSitsAboveTheSignersNameAndTheSealOverlapsItsLeftThird() throws IOException {
        Person chairman = people.byUsername("ld.tinh").orElseThrow();
        byte[] letter = TestPdfs.letter(1, "CHỦ TỊCH", chairman.fullName());
        byte[] personal = ok(sign("ld.tinh", "personal", letter, Map.of("pin", PIN)));
        byte[] sealed = ok(sign("vt.tinh", "agency", personal, Map.of("pin", PIN)));

        try (PDDocument document = Loader.loadPDF(sealed)) {
            List<SignatureAppearance.Box> boxes = boxes(document);
            assertThat(boxes).hasSize(2);
            SignatureAppearance.Box image = boxes.get(0);
            SignatureAppearance.Box seal = boxes.get(1);
            // centred on the name, its bottom just above the name's top
            assertThat(image.x() + image.width() / 2).isCloseTo(TestPdfs.NAME_CENTRE_X,
                    org.assertj.core.data.Offset.offset(3f));
            assertThat(image.y() + image.height()).isBetween(TestPdfs.NAME_TOP_Y - 15, TestPdfs.NAME_TOP_Y + 1);
            // the seal at its real size (36 mm), its right edge a third into the signature image, centred on it
            assertThat(seal.width()).isCloseTo((float) (36 * 72 / 25.4), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(seal.x() + seal.width()).isCloseTo(image.x() + image.width() / 3,
                    org.assertj.core.data.Offset.offset(0.5f));
            assertThat(seal.y() + seal.height() / 2).isCloseTo(image.y() + image.height() / 2,
                    org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void separateFileGetsTheNumberAndTimeAtTheTopRightOfPageOne() throws IOException {
        byte[] appendix = TestPdfs.letter(2, "", "");
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] signed = ok(sign("vt.tinh", "agency", appendix,
                Map.of("pin", PIN, "separateFile", true, "numberAndNotation", "15/QĐ-UBND")));

        try (PDDocument document = Loader.loadPDF(signed)) {
            SignatureAppearance.Box box = boxes(document).get(0);
            float pageWidth = document.getPage(0).getCropBox().getWidth();
            assertThat(box.page()).isEqualTo(1);
            assertThat(box.x() + box.width()).isCloseTo(pageWidth - (float) (15 * 72 / 25.4),
                    org.assertj.core.data.Offset.offset(0.5f));
            assertThat(box.y()).isLessThan(60);
            String appearance = appearanceText(document);
            assertThat(appearance).contains("15/QĐ-UBND")
                    .containsPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
        }
        JsonNode report = validate("vt.tinh", signed);
        assertThat(report.get("verdict").asString()).isEqualTo("VALID");
        assertThat(Instant.parse(report.get("signatures").get(0).get("claimedSigningTime").asString()))
                .isAfterOrEqualTo(before);
    }

    @Test
    void aPdfSentWholeWithThePinInAHeaderIsSignedAsTheFormIs() throws IOException {
        Person chairman = people.byUsername("ld.tinh").orElseThrow();
        byte[] letter = TestPdfs.letter(1, "CHỦ TỊCH", chairman.fullName());
        MvcTestResult personal = client().signWhole("ld.tinh", "personal", letter, PIN, "documentRef=test:whole");
        assertThat(personal).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        byte[] sealed = ok(client().signWhole("vt.tinh", "agency", ok(personal), PIN, ""));
        JsonNode report = validate("cv.tinh", sealed);
        assertThat(report.get("verdict").asString()).isEqualTo("VALID");
        assertThat(report.get("signatures")).hasSize(2);
        for (JsonNode signature : report.get("signatures")) {
            assertThat(signature.get("level").asString()).isEqualTo("PAdES-BASELINE-LT");
        }

        byte[] appendix = ok(client().signWhole("vt.tinh", "agency", TestPdfs.letter(1, "", ""), PIN,
                "separateFile=true&numberAndNotation=16/QĐ-UBND"));
        try (PDDocument document = Loader.loadPDF(appendix)) {
            assertThat(appearanceText(document)).contains("16/QĐ-UBND");
        }

        MvcTestResult noPin = client().signWhole("ld.tinh", "personal", letter, "", "");
        assertThat(noPin).hasStatus(400);
        assertThat(noPin.getResponse().getContentType()).startsWith("application/problem+json");
        MvcTestResult halfAPlace = client().signWhole("ld.tinh", "personal", letter, PIN, "x=100");
        assertThat(halfAPlace).hasStatus(400);
        assertThat(body(halfAPlace).get("code").asString()).isEqualTo("signature.placement.incomplete");
        MvcTestResult notAPdf = client().signWhole("ld.tinh", "personal",
                "MZ not a pdf".getBytes(StandardCharsets.US_ASCII), PIN, "");
        assertThat(notAPdf).hasStatus(400);
        assertThat(body(notAPdf).toString()).contains("signature.pdf.invalid");
    }

    @Test
    void aByteFlippedAfterSigningMakesTheFileInvalid() throws IOException {
        Person chairman = people.byUsername("ld.tinh").orElseThrow();
        byte[] signed = ok(sign("ld.tinh", "personal", TestPdfs.letter(1, "CHỦ TỊCH", chairman.fullName()),
                Map.of("pin", PIN)));
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        byte[] tampered = signed.clone();
        // inside the page's content stream: the signed bytes, not the signature's own hole
        int inside = text.indexOf("stream", 200) + 20;
        tampered[inside] ^= 0x01;

        JsonNode report = validate("ld.tinh", tampered);
        assertThat(report.get("verdict").asString()).isEqualTo("INVALID");
        JsonNode signature = report.get("signatures").get(0);
        assertThat(signature.get("intact").asBoolean()).isFalse();
        assertThat(signature.get("reasons").toString()).contains("signature.reason.HASH_FAILURE");
    }

    @Test
    void aWrongPinIsRefusedAndTheRightOneStillSigns() {
        Person chairman = people.byUsername("ld.tinh").orElseThrow();
        byte[] letter = TestPdfs.letter(1, "CHỦ TỊCH", chairman.fullName());
        MvcTestResult wrong = sign("ld.tinh", "personal", letter, Map.of("pin", "000000"));
        assertThat(wrong).hasStatus(400);
        assertThat(wrong.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(wrong).toString()).contains("pin");
        assertThat(sign("ld.tinh", "personal", letter, Map.of("pin", PIN))).hasStatusOk();
    }

    @Test
    void aKeyKeptOpenStillAsksItsPinAndANewPinClosesIt() {
        String certificateId = newCertificate("tp.tinh", "445566");
        byte[] letter = TestPdfs.letter(1, "TL. CHỦ TỊCH", people.byUsername("tp.tinh").orElseThrow().fullName());
        assertThat(sign("tp.tinh", "personal", letter, Map.of("pin", "445566", "certificateId", certificateId)))
                .hasStatusOk();
        // the key is open now; a wrong PIN must not ride on that
        MvcTestResult wrong = sign("tp.tinh", "personal", letter, Map.of("pin", "000000", "certificateId",
                certificateId));
        assertThat(wrong).hasStatus(400);
        assertThat(body(wrong).toString()).contains("pin");

        assertThat(api().post(token("tp.tinh"), "/api/v1/certificates/{id}/pin",
                Map.of("oldPin", "445566", "newPin", "778899"), certificateId)).hasStatus(204);
        assertThat(sign("tp.tinh", "personal", letter, Map.of("pin", "445566", "certificateId", certificateId)))
                .hasStatus(400);
        assertThat(sign("tp.tinh", "personal", letter, Map.of("pin", "778899", "certificateId", certificateId)))
                .hasStatusOk();
    }

    @Test
    void fiveWrongPinsInARowRestTheKey() {
        String certificateId = newCertificate("tp.tinh", "112233");
        byte[] letter = TestPdfs.letter(1, "TL. CHỦ TỊCH", people.byUsername("tp.tinh").orElseThrow().fullName());
        Map<String, Object> wrong = Map.of("pin", "999999", "certificateId", certificateId);
        for (int i = 0; i < 5; i++) {
            assertThat(sign("tp.tinh", "personal", letter, wrong)).hasStatus(400);
        }
        MvcTestResult resting = sign("tp.tinh", "personal", letter, Map.of("pin", "112233",
                "certificateId", certificateId));
        assertThat(resting).hasStatus(409);
        assertThat(body(resting).get("code").asString()).isEqualTo("signature.pin.locked");
    }

    @Test
    void onlyLeadersSignPersonallyAndOnlyClerksApplyTheSeal() {
        byte[] letter = TestPdfs.letter(1, "", "");
        assertThat(sign("cv.tinh", "personal", letter, Map.of("pin", PIN))).hasStatus(403);
        assertThat(sign("ld.tinh", "agency", letter, Map.of("pin", PIN))).hasStatus(403);
        // the seal goes only on a document the competent official signed
        assertThat(sign("vt.tinh", "agency", letter, Map.of("pin", PIN))).hasStatus(409);
    }

    @Test
    void aRevokedCertificateNoLongerSignsAndItsOldSignaturesShowRevoked() throws IOException {
        Person deputy = people.byUsername("pld.tinh").orElseThrow();
        JsonNode issued = body(api().post(token("qt.tinh"), "/api/v1/certificates",
                Map.of("agencyCode", deputy.agencyCode().value(), "personId", deputy.id().toString(),
                        "pin", "654321")));
        String certificateId = issued.get("id").asString();
        byte[] letter = TestPdfs.letter(1, "PHÓ CHỦ TỊCH", deputy.fullName());
        byte[] signed = ok(sign("pld.tinh", "personal", letter, Map.of("pin", "654321",
                "certificateId", certificateId)));

        assertThat(api().post(token("qt.tinh"), "/api/v1/certificates/{id}/revoke",
                Map.of("reason", "Mất thiết bị"), certificateId)).hasStatusOk();

        MvcTestResult refused = sign("pld.tinh", "personal", letter, Map.of("pin", "654321",
                "certificateId", certificateId));
        assertThat(refused).hasStatus(409);
        assertThat(body(refused).get("detail").asString()).contains("thu hồi");
        JsonNode signature = validate("pld.tinh", signed).get("signatures").get(0);
        assertThat(signature.get("revocation").asString()).isEqualTo("REVOKED");
        assertThat(signature.get("reasons").toString()).contains("signature.reason.revoked");
    }

    @Test
    void anExpiredCertificateIsRefused() {
        Person chairman = people.byUsername("ld.tinh").orElseThrow();
        var keys = BuiltInAuthority.newKeyPair();
        Instant now = Instant.now();
        var expired = authority.issue(BuiltInAuthority.subject(chairman.fullName(), "Chủ tịch", "Ủy ban nhân dân "
                + "tỉnh Sơn Hà", chairman.agencyCode().value()), keys.getPublic(), now.minus(800, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.DAYS));
        SigningCertificate old = new SigningCertificate(HolderKind.PERSON, chairman.id(),
                new AgencyCode(chairman.agencyCode().value()), expired, KeySource.PKCS12, true);
        old.keepKeyStore(new byte[] {1});
        certificates.save(old);

        MvcTestResult refused = sign("ld.tinh", "personal", TestPdfs.letter(1, "", ""),
                Map.of("pin", PIN, "certificateId", old.id().toString()));
        assertThat(refused).hasStatus(409);
        assertThat(body(refused).get("detail").asString()).contains("hết hạn");
    }

    @Test
    void anAdministratorCannotGiveACertificateToSomeoneOfAnotherAgency() throws Exception {
        // a PKCS#12 issued here for ld.huyen1, offered by the province's administrator as if it were theirs to place
        Person other = people.byUsername("ld.huyen1").orElseThrow();
        var keys = BuiltInAuthority.newKeyPair();
        Instant now = Instant.now();
        var certificate = authority.issue(BuiltInAuthority.subject(other.fullName(), "Chủ tịch", "UBND",
                other.agencyCode().value()), keys.getPublic(), now.minus(1, ChronoUnit.HOURS),
                now.plus(30, ChronoUnit.DAYS));
        byte[] pkcs12 = Certificates.pkcs12(keys.getPrivate(), List.of(certificate), "654321".toCharArray());
        MvcTestResult refused = mvc.post().uri("/api/v1/certificates/imports").multipart()
                .file(new org.springframework.mock.web.MockMultipartFile("file", "khoa.p12", "application/x-pkcs12",
                        pkcs12))
                .file(new org.springframework.mock.web.MockMultipartFile("request", "",
                        MediaType.APPLICATION_JSON_VALUE,
                        ("{\"pin\":\"654321\",\"agencyCode\":\"000.00.00.H99\",\"personId\":\"" + other.id()
                                + "\"}").getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token("qt.tinh")).exchange();
        assertThat(refused).hasStatus(404);
    }

    @Test
    void theAuthorityAnswersOverHttpWithoutSignIn() {
        assertThat(mvc.get().uri("/pki/root-ca.cer")).hasStatusOk().hasContentType("application/pkix-cert");
        assertThat(mvc.get().uri("/pki/issuing-ca.crl")).hasStatusOk().hasContentType("application/pkix-crl");
        assertThat(mvc.post().uri("/pki/ocsp").contentType("application/ocsp-request").content(new byte[] {0x30, 0}))
                .hasStatusOk().hasContentType("application/ocsp-response");
    }

    // ---- helpers

    static List<SignatureAppearance.Box> boxes(PDDocument document) {
        List<SignatureAppearance.Box> boxes = new java.util.ArrayList<>();
        for (var field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
            if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField signature) {
                for (var widget : signature.getWidgets()) {
                    var rectangle = widget.getRectangle();
                    int page = document.getPages().indexOf(widget.getPage());
                    float height = document.getPage(page).getCropBox().getHeight();
                    boxes.add(new SignatureAppearance.Box(page + 1, rectangle.getLowerLeftX(),
                            height - rectangle.getUpperRightY(), rectangle.getWidth(), rectangle.getHeight()));
                }
            }
        }
        return boxes;
    }

    /** The text drawn in the signature fields' appearances (not part of the page's own text). */
    private static String appearanceText(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        for (var field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
            for (var widget : field.getWidgets()) {
                var stream = widget.getNormalAppearanceStream();
                var form = new org.apache.pdfbox.pdmodel.PDPage(stream.getBBox());
                form.setResources(stream.getResources());
                PDDocument one = new PDDocument();
                one.addPage(form);
                form.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS, stream.getCOSObject());
                text.append(new org.apache.pdfbox.text.PDFTextStripper().getText(one));
            }
        }
        return text.toString();
    }

    /** A certificate the administrator issues from the built-in authority to {@code username}, with {@code pin}. */
    private String newCertificate(String username, String pin) {
        Person holder = people.byUsername(username).orElseThrow();
        return body(api().post(token("qt.tinh"), "/api/v1/certificates", Map.of("agencyCode",
                holder.agencyCode().value(), "personId", holder.id().toString(), "pin", pin))).get("id").asString();
    }

    private MvcTestResult sign(String who, String kind, byte[] pdf, Map<String, Object> request) {
        return client().sign(who, kind, pdf, request);
    }

    private JsonNode validate(String who, byte[] pdf) {
        return client().validate(who, pdf);
    }

    private static byte[] ok(MvcTestResult result) {
        return SigningClient.ok(result);
    }

    private JsonNode body(MvcTestResult result) {
        return client().body(result);
    }

    private Api api() {
        return client().api();
    }

    private String token(String username) {
        return client().token(username);
    }

    private SigningClient client() {
        return new SigningClient(mvc);
    }
}
