package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;
import vn.vanthu.edxml.Attachment;
import vn.vanthu.edxml.AttachmentContent;
import vn.vanthu.edxml.Business;
import vn.vanthu.edxml.Code;
import vn.vanthu.edxml.DocumentType;
import vn.vanthu.edxml.EdxmlEnvelope;
import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.EdxmlWriter;
import vn.vanthu.edxml.MessageHeader;
import vn.vanthu.edxml.Organization;
import vn.vanthu.edxml.PromulgationInfo;
import vn.vanthu.edxml.ResponseFor;
import vn.vanthu.edxml.StaffInfo;
import vn.vanthu.edxml.StatusCode;
import vn.vanthu.edxml.StatusMessage;
import vn.vanthu.edxml.TraceHeader;
import vn.vanthu.edxml.TraceHeaderList;

/**
 * The deployment as a provincial hub (the tests run with {@code vanthu.exchange.hub}): province 21's system pushes a
 * document addressed to province 22, which polls, and to the first district, which is served here; province 22 takes
 * it through the pull interface and answers with a status that the hub passes back to province 21.
 */
@IntegrationTest
class HubIntegrationTests {

    private static final String P21 = "000.00.00.H21";
    private static final String P22 = "000.00.00.H22";
    private static final Map<String, PeerSimulator> PEERS = new HashMap<>();

    @Autowired
    MockMvcTester mvc;
    @LocalServerPort
    int port;

    @AfterAll
    static void stopPeers() {
        PEERS.values().forEach(PeerSimulator::close);
    }

    @Test
    void aHubPassesADocumentToASystemThatPollsAndItsStatusBackToTheSender() throws Exception {
        PeerSimulator pushing = peer("tinh.h21", "*.H21", true);
        PeerSimulator polling = peer("tinh.h22", "*.H22", false);
        String district = new Api(mvc).me("vt.huyen1").get("agencyCode").asString();
        String identity = P21 + "," + LocalDate.now().toString().replace('-', '/') + ",77/UBND-KT";
        byte[] sent = bytes(document(identity, List.of(P22, district)));

        HttpResponse<String> taken = pushing.send(vanthu(), sent);
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(202);
        String receipt = json(taken.body()).get("receiptId").asString();

        JsonNode waiting = json(polling.call(vanthu(), "GET", "/api/v1/exchange/hub/packages?messageType=edoc",
                new byte[0]));
        assertThat(waiting).hasSize(1);
        JsonNode one = waiting.get(0);
        assertThat(one.get("documentIdentity").asString()).isEqualTo(identity);
        assertThat(one.get("from").asString()).isEqualTo(P21);
        assertThat(one.get("to")).extracting(JsonNode::asString).containsExactly(P22);
        HttpResponse<byte[]> download = polling.call(vanthu(), "GET", "/api/v1/exchange/hub/packages/"
                + one.get("id").asString(), new byte[0]);
        assertThat(download.statusCode()).isEqualTo(200);
        // passed on as it came: the sender's bytes, so its XML signature still holds
        assertThat(download.body()).isEqualTo(sent);
        assertThat(PeerSimulator.sha256(download.body())).isEqualTo(one.get("contentSha256").asString());
        assertThat(one.get("contentLength").asLong()).isEqualTo(sent.length);

        // another system cannot take it
        assertThat(pushing.call(vanthu(), "GET", "/api/v1/exchange/hub/packages/" + one.get("id").asString(),
                new byte[0]).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> acknowledged = polling.call(vanthu(), "POST", "/api/v1/exchange/hub/packages/"
                + one.get("id").asString() + "/acknowledgement", "{\"status\":\"done\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(acknowledged.statusCode()).isEqualTo(204);
        assertThat(json(polling.call(vanthu(), "GET", "/api/v1/exchange/hub/packages", new byte[0]))).isEmpty();

        // the sender sees where its package went: passed on to 22, delivered here to the district
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode report = json(pushing.call(vanthu(), "GET", "/api/v1/exchange/hub/sent", new byte[0]));
            for (JsonNode line : report) {
                if (line.get("receiptId").asString().equals(receipt)) {
                    return line.get("deliveries").size() == 2 && allDone(line.get("deliveries"));
                }
            }
            return false;
        });

        // province 22 answers; the hub passes the status on to province 21's system
        HttpResponse<String> status = polling.send(vanthu(), new StatusMessage(Organization.of(P22, "Tỉnh 22"),
                Organization.of(P21, null), new ResponseFor(P21, "77/UBND-KT", null, identity),
                new StaffInfo(null, "Văn thư tỉnh 22", null, null), StatusCode.ACCEPTED, "Đã tiếp nhận",
                LocalDateTime.now().withNano(0)));
        assertThat(status.statusCode()).as(status.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> pushing.received().stream()
                .anyMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains(identity)));

        // an addressee no route serves: the whole package is refused, naming it
        HttpResponse<String> unknown = pushing.send(vanthu(), document(P21 + ",2026/11/20,78/UBND",
                List.of(district, "000.00.00.H51")));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown.body()).get("code").asString()).isEqualTo("exchange.package.unknown-recipient");
        assertThat(unknown.body()).contains("000.00.00.H51").doesNotContain(district);
    }

    private static boolean allDone(JsonNode deliveries) {
        for (JsonNode delivery : deliveries) {
            if (!"DONE".equals(delivery.get("state").asString())) {
                return false;
            }
        }
        return true;
    }

    private PeerSimulator peer(String systemId, String route, boolean push) throws IOException {
        PeerSimulator existing = PEERS.get(systemId);
        if (existing != null) {
            return existing;
        }
        PeerSimulator peer = PeerSimulator.registered(new Api(mvc), systemId, route, push);
        PEERS.put(systemId, peer);
        return peer;
    }

    private static EdxmlEnvelope document(String identity, List<String> to) {
        MessageHeader header = new MessageHeader(Organization.of(P21, "Ủy ban nhân dân tỉnh Hai Mốt"),
                to.stream().map(code -> Organization.of(code, null)).toList(), identity,
                new Code(identity.substring(identity.lastIndexOf(',') + 1, identity.lastIndexOf('/')),
                        identity.substring(identity.lastIndexOf('/') + 1)),
                new PromulgationInfo(null, LocalDate.now()), new DocumentType(2, 0, "Công văn"),
                "Về việc thử chuyển tiếp qua trục liên thông tỉnh", null, null, null, List.of(), null, List.of(),
                null);
        return new EdxmlEnvelope(header, new TraceHeaderList(List.of(new TraceHeader(P21,
                LocalDateTime.now().withNano(0))), Business.newDocument(identity, "Văn bản điện tử mới", null)),
                List.of(Attachment.of("cong-van.pdf", "application/pdf", null,
                        AttachmentContent.of("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))));
    }

    private static byte[] bytes(EdxmlMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(message, out);
        return out.toByteArray();
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private String vanthu() {
        return "http://localhost:" + port;
    }
}
