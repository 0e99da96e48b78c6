package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;
import vn.vanthu.edxml.Attachment;
import vn.vanthu.edxml.AttachmentContent;
import vn.vanthu.edxml.Business;
import vn.vanthu.edxml.BusinessDocType;
import vn.vanthu.edxml.Code;
import vn.vanthu.edxml.DocumentType;
import vn.vanthu.edxml.EdxmlEnvelope;
import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.EdxmlSignatureValidator;
import vn.vanthu.edxml.EdxmlWriter;
import vn.vanthu.edxml.FileContent;
import vn.vanthu.edxml.MessageHeader;
import vn.vanthu.edxml.Organization;
import vn.vanthu.edxml.OtherInfo;
import vn.vanthu.edxml.PromulgationInfo;
import vn.vanthu.edxml.ReplacementInfo;
import vn.vanthu.edxml.ResponseFor;
import vn.vanthu.edxml.SignerInfo;
import vn.vanthu.edxml.SigningKey;
import vn.vanthu.edxml.StaffInfo;
import vn.vanthu.edxml.StatusCode;
import vn.vanthu.edxml.StatusMessage;
import vn.vanthu.edxml.TraceHeader;
import vn.vanthu.edxml.TraceHeaderList;
import vn.vanthu.outgoing.OutgoingApi;
import vn.vanthu.signature.SystemKey;
import vn.vanthu.signature.SystemKeys;

/**
 * The exchange with a system outside the deployment, played by {@link PeerSimulator} on a loopback port: the
 * provincial People's Committee (000.00.00.H99) issues to a province the simulator serves, the simulator sends
 * documents to the first district, and statuses travel back both ways; packages that break a rule are refused at the
 * door with nothing kept.
 */
@IntegrationTest
class ExchangeIntegrationTests {

    private static final String PROVINCE = "000.00.00.H99";
    private static final String OTHER_PROVINCE = "000.00.00.H14";
    private static final Map<String, PeerSimulator> PEERS = new HashMap<>();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SystemKeys systemKeys;
    @LocalServerPort
    int port;
    @TempDir
    Path attachments;

    @AfterAll
    static void stopPeers() {
        PEERS.values().forEach(PeerSimulator::close);
    }

    @Test
    void onlyTheAdministratorRegistersAPeerAndItsSecretsAreShownOnce() throws IOException {
        PeerSimulator peer = peer("so-lieu.h15", "*.H15");
        assertThat(peer.baseUrl()).startsWith("http://127.0.0.1:");

        JsonNode listed = api().ok(api().get(token("admin"), "/api/v1/exchange/peers"));
        JsonNode found = null;
        for (JsonNode one : listed) {
            if (one.get("systemId").asString().equals("so-lieu.h15")) {
                found = one;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.get("routes")).extracting(JsonNode::asString).containsExactly("*.H15");
        assertThat(found.get("newInboundSecret").isNull()).isTrue();
        assertThat(found.get("newOutboundSecret").isNull()).isTrue();

        api().refused(api().get(token("vt.tinh"), "/api/v1/exchange/peers"), 403, "exchange.not-administrator");
        api().refused(api().post(token("admin"), "/api/v1/exchange/peers", peerDetails("x.h16", "H16")), 400,
                "exchange.route.invalid");
        api().refused(api().post(token("admin"), "/api/v1/exchange/peers", peerDetails("x.h15", "*.H15")), 409,
                "exchange.route.taken");
        String stored = jdbc.sql("select encode(inbound_secret, 'escape') from exchange_peer where system_id = ?")
                .param("so-lieu.h15").query(String.class).single();
        assertThat(stored).doesNotContain(new String(peer.ourSecret(), StandardCharsets.UTF_8));
    }

    @Test
    void anIssuedDocumentLeavesSignedAndTheStatusesOfItsRecipientComeBack() throws Exception {
        PeerSimulator peer = peer("tinh.h14", "*.H14");
        JsonNode issued = outgoing().issued(outgoing().details("Về việc phối hợp liên thông văn bản với tỉnh bạn",
                List.of(OutgoingApi.addressee(OTHER_PROVINCE, "Ủy ban nhân dân tỉnh Bạn"))), outgoingRegister());
        String id = issued.get("id").asString();
        String identity = issued.get("documentIdentity").asString();

        EdxmlEnvelope sent = await().atMost(Duration.ofSeconds(30)).until(() -> envelopeAbout(peer, identity),
                envelope -> envelope != null);
        MessageHeader header = sent.messageHeader();
        assertThat(header.from().organId()).isEqualTo(PROVINCE);
        assertThat(header.to()).extracting(Organization::organId).containsExactly(OTHER_PROVINCE);
        assertThat(header.to().get(0).organName()).isEqualTo("Ủy ban nhân dân tỉnh Bạn");
        assertThat(header.subject()).isEqualTo("Về việc phối hợp liên thông văn bản với tỉnh bạn");
        assertThat(header.code().codeNumber()).isEqualTo(issued.get("codeNumber").asString());
        assertThat(header.documentType().typeName()).isEqualTo("Quyết định");
        assertThat(sent.traceHeaderList().business().docType()).isEqualTo(BusinessDocType.NEW);
        assertThat(sent.attachments()).hasSize(1);
        byte[] pdf = Files.readAllBytes(((FileContent) sent.attachments().get(0).content()).file());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path packageFile = attachments.resolve("sent.edxml");
        Files.write(packageFile, rawAbout(peer, identity));
        assertThat(new EdxmlSignatureValidator().validate(packageFile).isValid()).isTrue();
        assertThat(peer.refusedSignatures()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(outState(id)));

        for (StatusCode code : List.of(StatusCode.ARRIVED, StatusCode.ACCEPTED)) {
            HttpResponse<String> answer = peer.send(vanthu(), status(OTHER_PROVINCE, PROVINCE, identity, code,
                    "Văn thư tỉnh Bạn"));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(outgoing().recipient(id, OTHER_PROVINCE)
                .get("status").asString()));
        JsonNode recipient = outgoing().recipient(id, OTHER_PROVINCE);
        assertThat(recipient.get("deliveredAt").isNull()).isFalse();
        assertThat(recipient.get("acceptedAt").isNull()).isFalse();

        // the recall goes the same way, as a revocation of the same document
        api().ok(api().post(token("vt.tinh"), "/api/v1/outgoing-documents/{id}/recall",
                Map.of("text", "Ban hành nhầm đối tượng"), id));
        EdxmlEnvelope revoked = await().atMost(Duration.ofSeconds(30)).until(() -> envelopes(peer).stream()
                .filter(envelope -> identity.equals(envelope.messageHeader().documentId())
                        && envelope.traceHeaderList().business().docType() == BusinessDocType.REVOKE)
                .findFirst().orElse(null), envelope -> envelope != null);
        assertThat(revoked.traceHeaderList().business().reason()).isEqualTo("Ban hành nhầm đối tượng");
        assertThat(revoked.attachments()).isEmpty();
    }

    @Test
    void aDocumentFromOutsideLandsOnceInTheClerkQueueAndItsStatusesGoBack() throws Exception {
        PeerSimulator peer = peer("tinh.h17", "*.H17");
        String district = api().me("vt.huyen1").get("agencyCode").asString();
        String identity = "000.00.00.H17," + LocalDate.now().toString().replace('-', '/') + ",123/UBND-VX";
        byte[] pdf = issuedPdf();
        EdxmlEnvelope envelope = document("000.00.00.H17", district, identity, pdf);

        HttpResponse<String> first = peer.send(vanthu(), envelope);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        JsonNode receipt = json(first.body());
        assertThat(receipt.get("duplicate").asBoolean()).isFalse();
        HttpResponse<String> again = peer.send(vanthu(), envelope);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(json(again.body()).get("receiptId").asString()).isEqualTo(receipt.get("receiptId").asString());
        assertThat(json(again.body()).get("duplicate").asBoolean()).isTrue();

        String copy = await().atMost(Duration.ofSeconds(20)).until(() -> clerkCopy("vt.huyen1", "123"),
                found -> found != null);
        JsonNode received = api().ok(api().get(token("vt.huyen1"), "/api/v1/incoming-documents/{id}", copy));
        assertThat(received.get("senderName").asString()).isEqualTo("Ủy ban nhân dân tỉnh Thử");
        assertThat(received.get("codeNotation").asString()).isEqualTo("UBND-VX");
        assertThat(received.get("subject").asString()).isEqualTo("Về việc trao đổi văn bản điện tử giữa hai tỉnh");
        assertThat(received.get("urgency").asString()).isEqualTo("URGENT");
        assertThat(received.get("files")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from incoming_document where code_notation = 'UBND-VX' and "
                + "code_number = '123'").query(Long.class).single()).isEqualTo(1);
        // the file's signatures (the sender's official and seal) are checked as for every incoming file
        await().atMost(Duration.ofSeconds(30)).until(() -> "VALID".equals(api().ok(api().get(token("vt.huyen1"),
                "/api/v1/incoming-documents/{id}", copy)).get("files").get(0).path("signatures").asString()));

        StatusMessage arrived = await().atMost(Duration.ofSeconds(30)).until(() -> statusAbout(peer, identity,
                StatusCode.ARRIVED), found -> found != null);
        assertThat(arrived.from().organId()).isEqualTo(district);
        assertThat(arrived.responseFor().documentId()).isEqualTo(identity);

        api().ok(api().post(token("vt.huyen1"), "/api/v1/incoming-documents/{id}/register",
                Map.of("registerId", api().incomingRegister("vt.huyen1")), copy));
        await().atMost(Duration.ofSeconds(30)).until(() -> statusAbout(peer, identity, StatusCode.ACCEPTED),
                found -> found != null);

        // the sender takes it back
        EdxmlEnvelope revoke = new EdxmlEnvelope(envelope.messageHeader(), new TraceHeaderList(List.of(
                new TraceHeader("000.00.00.H17", LocalDateTime.now().withNano(0))), new Business(identity,
                        BusinessDocType.REVOKE, "Gửi nhầm", 0, null, List.of(), null)), List.of());
        assertThat(peer.send(vanthu(), revoke).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> "REQUESTED".equals(api().ok(api().get(token("vt.huyen1"),
                "/api/v1/incoming-documents/{id}", copy)).path("recallState").asString()));
    }

    @Test
    void anUpdateFromTheSenderCorrectsTheCopyDeliveredEarlier() throws Exception {
        PeerSimulator peer = peer("tinh.h23", "*.H23");
        String district = api().me("vt.huyen1").get("agencyCode").asString();
        String identity = "000.00.00.H23," + LocalDate.now().toString().replace('-', '/') + ",31/UBND-VX";
        EdxmlEnvelope envelope = document("000.00.00.H23", district, identity, issuedPdf());
        assertThat(peer.send(vanthu(), envelope).statusCode()).isEqualTo(202);
        String copy = await().atMost(Duration.ofSeconds(20)).until(() -> clerkCopy("vt.huyen1", "31"),
                found -> found != null);

        MessageHeader original = envelope.messageHeader();
        MessageHeader corrected = new MessageHeader(original.from(), original.to(), original.documentId(),
                original.code(), original.promulgationInfo(), original.documentType(),
                "Về việc trao đổi văn bản điện tử giữa hai tỉnh (đính chính)", null, original.signerInfo(),
                LocalDate.now().plusDays(20), List.of(), original.otherInfo(), List.of(), null);
        EdxmlEnvelope update = new EdxmlEnvelope(corrected, new TraceHeaderList(List.of(new TraceHeader(
                "000.00.00.H23", LocalDateTime.now().withNano(0))), new Business(identity, BusinessDocType.UPDATE,
                        "Sửa trích yếu và hạn xử lý", 0, null, List.of(), null)), List.of());
        assertThat(peer.send(vanthu(), update).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).until(() -> api().ok(api().get(token("vt.huyen1"),
                "/api/v1/incoming-documents/{id}", copy)).get("subject").asString().endsWith("(đính chính)"));
        assertThat(jdbc.sql("select count(*) from incoming_document where code_number = '31' and code_notation = "
                + "'UBND-VX'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReplacingDocumentFromTheSenderPointsBothCopiesAtEachOther() throws Exception {
        PeerSimulator peer = peer("tinh.h32", "*.H32");
        String district = api().me("vt.huyen1").get("agencyCode").asString();
        String today = LocalDate.now().toString().replace('-', '/');
        String olderIdentity = "000.00.00.H32," + today + ",41/UBND-KT";
        assertThat(peer.send(vanthu(), document("000.00.00.H32", district, olderIdentity, issuedPdf())).statusCode())
                .isEqualTo(202);
        String older = await().atMost(Duration.ofSeconds(20)).until(() -> clerkCopy("vt.huyen1", "41"),
                found -> found != null);

        String newerIdentity = "000.00.00.H32," + today + ",42/UBND-KT";
        EdxmlEnvelope newer = document("000.00.00.H32", district, newerIdentity, issuedPdf());
        EdxmlEnvelope replacing = new EdxmlEnvelope(newer.messageHeader(), new TraceHeaderList(List.of(
                new TraceHeader("000.00.00.H32", LocalDateTime.now().withNano(0))), new Business(newerIdentity,
                        BusinessDocType.REPLACE, "Thay thế văn bản số 41/UBND-KT do sai căn cứ", 0, null,
                        List.of(new ReplacementInfo(olderIdentity, List.of(district))), null)), newer.attachments());
        assertThat(peer.send(vanthu(), replacing).statusCode()).isEqualTo(202);
        String newerCopy = await().atMost(Duration.ofSeconds(20)).until(() -> clerkCopy("vt.huyen1", "42"),
                found -> found != null);

        await().atMost(Duration.ofSeconds(20)).until(() -> newerCopy.equals(api().ok(api().get(token("vt.huyen1"),
                "/api/v1/incoming-documents/{id}", older)).get("replacedById").asString()));
        assertThat(api().ok(api().get(token("vt.huyen1"), "/api/v1/incoming-documents/{id}", newerCopy))
                .get("replacesId").asString()).isEqualTo(older);
        // the province's clerk, above the district, learns nothing of it
        api().refused(api().get(token("vt.tinh"), "/api/v1/incoming-documents/{id}", newerCopy), 404,
                "incoming.not-found");
    }

    @Test
    void theXmlSignatureOfAPackageIsCheckedAtTheDoorAndAChangedPackageIsRefused() throws Exception {
        PeerSimulator peer = peer("tinh.h33", "*.H33");
        String district = api().me("vt.huyen1").get("agencyCode").asString();
        String today = LocalDate.now().toString().replace('-', '/');
        byte[] pdf = issuedPdf();
        // this deployment's own exchange key: its authority's root is trusted
        SystemKey own = systemKeys.exchange();
        byte[] trusted = written(document("000.00.00.H33", district, "000.00.00.H33," + today + ",51/UBND", pdf),
                new SigningKey(own.privateKey(), own.chain()));
        JsonNode taken = json(accepted(peer.send(vanthu(), trusted)));
        JsonNode seen = api().ok(api().get(token("admin"), "/api/v1/exchange/packages/{id}",
                taken.get("receiptId").asString()));
        assertThat(seen.get("xmlSignature").asString()).isEqualTo("TRUSTED");
        assertThat(seen.get("xmlSigner").asString()).contains("CN=VanThu liên thông", "O=VanThu");

        byte[] untrusted = written(document("000.00.00.H33", district, "000.00.00.H33," + today + ",52/UBND", pdf),
                selfSigned());
        assertThat(signatureOf(json(accepted(peer.send(vanthu(), untrusted))))).isEqualTo("UNTRUSTED");
        assertThat(signatureOf(json(accepted(peer.send(vanthu(), document("000.00.00.H33", district,
                "000.00.00.H33," + today + ",53/UBND", pdf)))))).isEqualTo("UNSIGNED");

        String signed = new String(written(document("000.00.00.H33", district, "000.00.00.H33," + today
                + ",54/UBND", pdf), new SigningKey(own.privateKey(), own.chain())), StandardCharsets.UTF_8);
        byte[] changed = signed.replace("giữa hai tỉnh", "giữa ba tỉnh").getBytes(StandardCharsets.UTF_8);
        assertThat(changed).isNotEqualTo(signed.getBytes(StandardCharsets.UTF_8));
        refusedWith(peer.send(vanthu(), changed), 400, "exchange.package.signature-invalid");
        assertThat(jdbc.sql("select count(*) from exchange_package where document_identity = ?")
                .param("000.00.00.H33," + today + ",54/UBND").query(Long.class).single()).isZero();
    }

    private String signatureOf(JsonNode receipt) {
        return jdbc.sql("select xml_signature from exchange_package where id = ?::uuid")
                .param(receipt.get("receiptId").asString()).query(String.class).single();
    }

    private static String accepted(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        return answer.body();
    }

    private static byte[] written(EdxmlMessage message, SigningKey key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(message, key, out);
        return out.toByteArray();
    }

    /** A key whose certificate no authority issued: what a system with a certificate of its own making signs with. */
    private static SigningKey selfSigned() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Hệ thống tự cấp chứng thư,C=VN");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), name,
                        pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA")
                                .build(pair.getPrivate())));
        return new SigningKey(pair.getPrivate(), List.of(certificate));
    }

    @Test
    void aSystemSwitchedOffOrGivenANewSecretIsRefusedFromTheNextRequest() throws Exception {
        PeerSimulator peer = peer("doi-khoa.h31", "*.H31");
        // not a package: a request that passes the door's check is refused by the parser (400), not the check (401)
        byte[] body = "<khong-phai-edxml/>".getBytes(StandardCharsets.UTF_8);
        assertThat(peer.send(vanthu(), body).statusCode()).isEqualTo(400);
        JsonNode known = null;
        for (JsonNode one : api().ok(api().get(token("admin"), "/api/v1/exchange/peers"))) {
            if (one.get("systemId").asString().equals("doi-khoa.h31")) {
                known = one;
            }
        }
        assertThat(known).isNotNull();
        String id = known.get("id").asString();

        Map<String, Object> off = peerDetails("doi-khoa.h31", "*.H31");
        off.put("active", false);
        off.put("version", known.get("version").asLong());
        JsonNode switchedOff = api().ok(api().put(token("admin"), "/api/v1/exchange/peers/{id}", off, id));
        refusedWith(peer.send(vanthu(), body), 401, "exchange.auth.refused");

        Map<String, Object> on = peerDetails("doi-khoa.h31", "*.H31");
        on.put("active", true);
        on.put("inboundSecret", "mot-bi-mat-moi-du-dai-cho-he-thong-doi-khoa.h31");
        on.put("version", switchedOff.get("version").asLong());
        api().ok(api().put(token("admin"), "/api/v1/exchange/peers/{id}", on, id));
        refusedWith(peer.send(vanthu(), body), 401, "exchange.auth.refused");
        assertThat(peer.send(vanthu(), body, Instant.now(), "mot-bi-mat-moi-du-dai-cho-he-thong-doi-khoa.h31"
                .getBytes(StandardCharsets.UTF_8), PeerSimulator.sha256(body)).statusCode()).isEqualTo(400);
    }

    @Test
    void packagesThatBreakARuleAreRefusedAtTheDoorAndNothingIsKept() throws Exception {
        PeerSimulator peer = peer("tinh.h18", "*.H18");
        String district = api().me("vt.huyen1").get("agencyCode").asString();
        long packagesBefore = count("exchange_package");
        long documentsBefore = count("incoming_document");
        byte[] good = bytes(document("000.00.00.H18", district, "000.00.00.H18,2026/11/20,9/UBND",
                "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)));
        String text = new String(good, StandardCharsets.UTF_8);

        refusedWith(peer.send(vanthu(), good, Instant.now().minus(Duration.ofMinutes(30)), peer.ourSecret(),
                PeerSimulator.sha256(good)), 401, "exchange.auth.stale");
        refusedWith(peer.send(vanthu(), good, Instant.now(), "a-wrong-secret-that-is-long-enough-000000"
                .getBytes(StandardCharsets.UTF_8), PeerSimulator.sha256(good)), 401, "exchange.auth.refused");
        refusedWith(peer.send(vanthu(), good, Instant.now(), peer.ourSecret(), PeerSimulator.sha256(new byte[1])),
                400, "exchange.auth.content-mismatch");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML:edXMLEnvelope xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&x;"
                + "</edXML:edXMLEnvelope>";
        refusedWith(peer.send(vanthu(), xxe.getBytes(StandardCharsets.UTF_8)), 400,
                "exchange.package.refused.DTD_REFUSED");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                + "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";
        refusedWith(peer.send(vanthu(), laughs.getBytes(StandardCharsets.UTF_8)), 400,
                "exchange.package.refused.DTD_REFUSED");
        refusedWith(peer.send(vanthu(), text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8)), 400,
                "exchange.package.refused.NOT_XML");
        int content = text.lastIndexOf("JVBERi0x");
        String broken = text.substring(0, content) + "JVB!!!" + text.substring(content + 6);
        refusedWith(peer.send(vanthu(), broken.getBytes(StandardCharsets.UTF_8)), 400,
                "exchange.package.refused.BROKEN_BASE64");
        refusedWith(peer.send(vanthu(), text.replace("http://www.mic.gov.vn/TBT/QCVN_102_2016",
                "urn:example:not-edxml").getBytes(StandardCharsets.UTF_8)), 400, "exchange.package.refused.NOT_EDXML");
        // a real package from the government's SDK samples, addressed to agencies this deployment does not serve
        byte[] sample = Files.readAllBytes(Fixtures.file("edoc.edxml"));
        HttpResponse<String> unknown = peer.send(vanthu(), sample);
        refusedWith(unknown, 400, "exchange.package.unknown-recipient");
        assertThat(json(unknown.body()).toString()).contains("To/OrganId");

        assertThat(count("exchange_package")).isEqualTo(packagesBefore);
        assertThat(count("incoming_document")).isEqualTo(documentsBefore);
        try (var left = Files.list(workDirectory())) {
            assertThat(left.filter(file -> file.getFileName().toString().startsWith("in-"))).isEmpty();
        }
    }

    @Test
    void aPeerThatIsDownIsTriedAgainAndARefusalWaitsForTheAdministrator() throws Exception {
        PeerSimulator peer = peer("tinh.h19", "*.H19");
        peer.answer(503);
        String id = outgoing().issued(outgoing().details("Về việc thử gửi khi hệ thống bạn ngừng",
                List.of(OutgoingApi.addressee("000.00.00.H19", "Ủy ban nhân dân tỉnh Mười Chín"))),
                outgoingRegister()).get("id").asString();
        String packageId = await().atMost(Duration.ofSeconds(30)).until(() -> outPackage(id), found -> found != null
                && attempts(found) >= 1);
        assertThat(outState(id)).isEqualTo("PENDING");
        JsonNode attempt = api().ok(api().get(token("admin"), "/api/v1/exchange/packages/{id}/attempts", packageId))
                .get(0);
        assertThat(attempt.get("httpStatus").asInt()).isEqualTo(503);
        JsonNode waiting = api().ok(api().get(token("admin"), "/api/v1/exchange/packages/{id}", packageId));
        assertThat(Instant.parse(waiting.get("nextAttemptAt").asString())).isAfter(Instant.now());

        // the peer now refuses for good: no more attempts, the administrator sees it
        peer.answer(400);
        jdbc.sql("update exchange_package set next_attempt_at = now() where id = ?::uuid").param(packageId).update();
        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(outState(id)));
        JsonNode failed = api().ok(api().get(token("admin"), "/api/v1/exchange/packages?direction=OUT&state=FAILED"));
        assertThat(failed.get("content")).anyMatch(one -> one.get("id").asString().equals(packageId)
                && one.get("lastError").asString().startsWith("HTTP 400"));

        api().refused(api().post(token("vt.tinh"), "/api/v1/exchange/packages/{id}/retry", Map.of(), packageId),
                403, "exchange.not-administrator");
        peer.answer(202);
        JsonNode retried = api().ok(api().post(token("admin"), "/api/v1/exchange/packages/{id}/retry", Map.of(),
                packageId));
        assertThat(retried.get("state").asString()).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(outState(id)));
        assertThat(peer.received()).hasSize(1);
        // the sender's clerk sees it among the agency's packages; another agency's clerk does not
        assertThat(api().ok(api().get(token("vt.tinh"), "/api/v1/exchange/packages?direction=OUT")).get("content"))
                .anyMatch(one -> one.get("id").asString().equals(packageId));
        api().refused(api().get(token("vt.huyen1"), "/api/v1/exchange/packages/{id}", packageId), 404,
                "exchange.package.not-found");
    }

    private PeerSimulator peer(String systemId, String route) throws IOException {
        PeerSimulator existing = PEERS.get(systemId);
        if (existing != null) {
            return existing;
        }
        PeerSimulator peer = PeerSimulator.registered(api(), systemId, route, true);
        PEERS.put(systemId, peer);
        return peer;
    }

    private static Map<String, Object> peerDetails(String systemId, String route) {
        Map<String, Object> details = new HashMap<>();
        details.put("systemId", systemId);
        details.put("name", "Hệ thống quản lý văn bản " + systemId);
        details.put("baseUrl", "http://127.0.0.1:9");
        details.put("routes", List.of(route));
        return details;
    }

    private static EdxmlEnvelope document(String from, String to, String identity, byte[] pdf) {
        MessageHeader header = new MessageHeader(
                new Organization(from, "Chính phủ", "Ủy ban nhân dân tỉnh Thử", null, null, null, null, null),
                List.of(Organization.of(to, null)), identity, new Code(identity.substring(identity.lastIndexOf(',')
                        + 1, identity.lastIndexOf('/')), identity.substring(identity.lastIndexOf('/') + 1)),
                new PromulgationInfo("Thử", LocalDate.now()), new DocumentType(2, 0, "Công văn"),
                "Về việc trao đổi văn bản điện tử giữa hai tỉnh", null,
                new SignerInfo("KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Văn Bạn"), LocalDate.now().plusDays(10),
                List.of(), new OtherInfo(1, null, null, 1, 2, null, List.of()), List.of(), null);
        return new EdxmlEnvelope(header, new TraceHeaderList(List.of(new TraceHeader(from,
                LocalDateTime.now().withNano(0))), Business.newDocument(identity, "Văn bản điện tử mới", null)),
                List.of(Attachment.of("cong-van-123.pdf", "application/pdf", null, AttachmentContent.of(pdf))));
    }

    private static StatusMessage status(String from, String to, String identity, StatusCode code, String staff) {
        return new StatusMessage(Organization.of(from, "Ủy ban nhân dân tỉnh Bạn"), Organization.of(to, null),
                new ResponseFor(to, null, null, identity), new StaffInfo(null, staff, null, null), code,
                code.meaning(), LocalDateTime.now().withNano(0));
    }

    private byte[] issuedPdf() {
        JsonNode issued = outgoing().issued(outgoing().details("Về việc thử tệp đã ký gửi liên thông", List.of()),
                outgoingRegister());
        return mvc.get().uri("/api/v1/outgoing-documents/{id}/files/main", issued.get("id").asString())
                .header("Authorization", "Bearer " + token("vt.tinh")).exchange().getResponse()
                .getContentAsByteArray();
    }

    private List<EdxmlEnvelope> envelopes(PeerSimulator peer) {
        return peer.parsed(attachments).stream().filter(EdxmlEnvelope.class::isInstance)
                .map(EdxmlEnvelope.class::cast).toList();
    }

    private EdxmlEnvelope envelopeAbout(PeerSimulator peer, String identity) {
        return envelopes(peer).stream().filter(envelope -> identity.equals(envelope.messageHeader().documentId()))
                .findFirst().orElse(null);
    }

    private byte[] rawAbout(PeerSimulator peer, String identity) {
        return peer.received().stream().filter(bytes -> new String(bytes, StandardCharsets.UTF_8).contains(identity))
                .findFirst().orElseThrow();
    }

    private StatusMessage statusAbout(PeerSimulator peer, String identity, StatusCode code) {
        for (EdxmlMessage message : peer.parsed(attachments)) {
            if (message instanceof StatusMessage status && status.statusCode() == code
                    && identity.equals(status.responseFor().documentId())) {
                return status;
            }
        }
        return null;
    }

    private String outPackage(String documentId) {
        return jdbc.sql("select id::text from exchange_package where direction = 'OUT' and message_type = 'edoc' "
                + "and document_id = ?::uuid").param(documentId).query(String.class).optional().orElse(null);
    }

    private int attempts(String packageId) {
        return jdbc.sql("select attempts from exchange_package where id = ?::uuid").param(packageId)
                .query(Integer.class).single();
    }

    private String outState(String documentId) {
        return jdbc.sql("select state from exchange_package where direction = 'OUT' and message_type = 'edoc' "
                + "and business = 'NEW' and document_id = ?::uuid").param(documentId).query(String.class).optional()
                .orElse("");
    }

    private String clerkCopy(String clerk, String codeNumber) {
        for (JsonNode item : api().ok(api().get(token(clerk), "/api/v1/tasks?tab=PENDING&size=200"))
                .get("content")) {
            String copy = item.get("documentId").asString();
            long found = jdbc.sql("select count(*) from incoming_document where id = ?::uuid and code_number = ? "
                    + "and origin_id is not null").params(copy, codeNumber).query(Long.class).single();
            if (found == 1) {
                return copy;
            }
        }
        return null;
    }

    private void refusedWith(HttpResponse<String> answer, int status, String code) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(answer.body()).path("code").asString()).as(answer.body()).isEqualTo(code);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static byte[] bytes(EdxmlMessage message) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new vn.vanthu.edxml.EdxmlWriter().write(message, out);
        return out.toByteArray();
    }

    private static Path workDirectory() {
        return Path.of("target/test-exchange/work").toAbsolutePath();
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private String vanthu() {
        return "http://localhost:" + port;
    }

    private String token(String username) {
        return api().token(username);
    }

    private String outgoingRegister() {
        return outgoing().outgoingRegister();
    }

    private Api api() {
        return new Api(mvc);
    }

    private OutgoingApi outgoing() {
        return new OutgoingApi(mvc);
    }

    /** The government SDK's sample packages in shared/fixtures/edxml. */
    static final class Fixtures {

        private Fixtures() {
        }

        static Path file(String name) {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("shared").resolve("fixtures").resolve("edxml").resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
            throw new IllegalStateException("shared/fixtures/edxml/" + name + " is missing beside the repository");
        }
    }
}
