package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Three VanThu processes on loopback ports, as three real deployments: province A (the demo province, group H99),
 * province B (the demo province again under group H98) and a provincial hub between them. A issues to a commune of B;
 * the document arrives in the commune clerk's queue with its signatures valid, B takes it up, and A sees 01, 03 and
 * 04. Then A issues 200 documents while the hub is killed and started again: all 200 arrive, each once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeThreeNodesIT {

    private static final String HUB_ADMIN = "quantri";
    private static final String HUB_PASSWORD = "Truc@lienthong2026";
    private static final String PIN = "123456";
    /** Retries close together, and never given up, so that the run does not wait minutes after the restart. */
    private static final List<String> FAST_RETRIES = List.of("--vanthu.exchange.first-retry=1s",
            "--vanthu.exchange.max-retry-delay=5s", "--vanthu.exchange.max-attempts=10000");

    private static VanThuNode hub;
    private static VanThuNode a;
    private static VanThuNode b;
    private static String commune;

    @BeforeAll
    static void startThreeDeployments() throws Exception {
        Path e2e = Path.of("target", "e2e");
        if (Files.exists(e2e)) {
            try (var old = Files.walk(e2e)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        a = new VanThuNode("a", Map.of("VANTHU_DEMO_GROUP", "H99"), FAST_RETRIES).start();
        hub = new VanThuNode("hub", Map.of("SPRING_PROFILES_ACTIVE", "hub", "VANTHU_EXCHANGE_HUB", "true",
                "VANTHU_ADMIN_USERNAME", HUB_ADMIN, "VANTHU_ADMIN_PASSWORD", HUB_PASSWORD,
                "VANTHU_ADMIN_AGENCY_CODE", "000.00.00.H01", "VANTHU_ADMIN_AGENCY_NAME",
                "Trục liên thông văn bản tỉnh"), FAST_RETRIES).account(HUB_ADMIN, HUB_PASSWORD).start();
        a.awaitReady(Duration.ofMinutes(4));
        // B trusts A's certificate authority, as a real deployment trusts the Government Cipher Committee's root
        Path aRoot = Path.of("target", "e2e", "a-root.cer").toAbsolutePath();
        Files.write(aRoot, a.download("/pki/root-ca.cer"));
        b = new VanThuNode("b", Map.of("VANTHU_DEMO_GROUP", "H98", "VANTHU_DEMO_PROVINCE", "Hà Nguyên",
                "VANTHU_TRUSTED_ROOTS", aRoot.toString()), FAST_RETRIES).start();
        hub.awaitReady(Duration.ofMinutes(4));
        b.awaitReady(Duration.ofMinutes(4));

        JsonNode forA = hub.post(HUB_ADMIN, "/api/v1/exchange/peers", peer("a", "Tỉnh A (Sơn Hà)", a.url(),
                List.of("*.H99"), null, null), 201);
        JsonNode forB = hub.post(HUB_ADMIN, "/api/v1/exchange/peers", peer("b", "Tỉnh B (Hà Nguyên)", b.url(),
                List.of("*.H98"), null, null), 201);
        // each side keeps the other's secrets the other way round
        a.post("admin", "/api/v1/exchange/peers", peer("hub", "Trục liên thông", hub.url(), List.of("*"),
                forA.get("newOutboundSecret").asString(), forA.get("newInboundSecret").asString()), 201);
        b.post("admin", "/api/v1/exchange/peers", peer("hub", "Trục liên thông", hub.url(), List.of("*"),
                forB.get("newOutboundSecret").asString(), forB.get("newInboundSecret").asString()), 201);
        commune = b.get("vt.xa1", "/api/v1/me").get("agencyCode").asString();
        assertThat(commune).endsWith(".H98");
    }

    @AfterAll
    static void stopAll() {
        for (VanThuNode node : new VanThuNode[] {a, b, hub}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void aDocumentIssuedInAReachesACommuneOfBSignedAndAFollowsItsProgress() {
        String subject = "Về việc phối hợp giữa hai tỉnh qua trục liên thông";
        JsonNode issued = issue(subject);
        String id = issued.get("id").asString();

        String copy = await(Duration.ofSeconds(90), () -> copyIn(b, subject));
        JsonNode received = b.get("vt.xa1", "/api/v1/incoming-documents/" + copy);
        assertThat(received.get("senderCode").asString()).isEqualTo("000.00.00.H99");
        assertThat(received.get("codeNumber").asString()).isEqualTo(issued.get("codeNumber").asString());
        waitUntil(Duration.ofSeconds(90), () -> "VALID".equals(b.get("vt.xa1", "/api/v1/incoming-documents/"
                + copy).get("files").get(0).path("signatures").asString()));

        String register = null;
        for (JsonNode one : b.get("vt.xa1", "/api/v1/registers?kind=INCOMING")) {
            if (!one.get("confidential").asBoolean()) {
                register = one.get("id").asString();
            }
        }
        b.post("vt.xa1", "/api/v1/incoming-documents/" + copy + "/register", Map.of("registerId", register), 200);
        b.post("vt.xa1", "/api/v1/incoming-documents/" + copy + "/submit", Map.of("leaderId",
                b.get("ld.xa1", "/api/v1/me").get("id").asString()), 200);
        b.post("ld.xa1", "/api/v1/incoming-documents/" + copy + "/assign", Map.of("leadPersonId",
                b.get("cv.xa1", "/api/v1/me").get("id").asString()), 200);

        waitUntil(Duration.ofSeconds(90), () -> "ASSIGNED".equals(recipient(id).path("status").asString()));
        JsonNode recipient = recipient(id);
        assertThat(recipient.get("deliveredAt").isNull()).isFalse();
        assertThat(recipient.get("acceptedAt").isNull()).isFalse();
        assertThat(recipient.get("assignedAt").isNull()).isFalse();
    }

    @Test
    @Order(2)
    void twoHundredDocumentsArriveExactlyOnceThoughTheHubIsKilledOnTheWay() throws Exception {
        int count = 200;
        String prefix = "Về việc thử liên thông số ";
        AtomicInteger issuedSoFar = new AtomicInteger();
        ExecutorService issuers = Executors.newFixedThreadPool(3);
        List<Future<?>> issuing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String subject = prefix + i;
            issuing.add(issuers.submit(() -> {
                issue(subject);
                issuedSoFar.incrementAndGet();
            }));
        }
        waitUntil(Duration.ofMinutes(5), () -> issuedSoFar.get() >= count / 3);
        hub.kill();
        VanThuNode.sleep(Duration.ofSeconds(5));
        hub.start().awaitReady(Duration.ofMinutes(3));
        for (Future<?> one : issuing) {
            one.get();
        }
        issuers.shutdown();

        waitUntil(Duration.ofMinutes(8), () -> subjectsIn(b, prefix).size() >= count);
        List<String> subjects = subjectsIn(b, prefix);
        assertThat(subjects).hasSize(count);
        assertThat(new HashSet<>(subjects)).hasSize(count);
    }

    private static JsonNode issue(String subject) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("documentType", "CONG_VAN");
        metadata.put("subject", subject);
        metadata.put("signerId", a.get("ld.tinh", "/api/v1/me").get("id").asString());
        metadata.put("authority", "TM");
        metadata.put("authorityOf", "Ủy ban nhân dân");
        metadata.put("urgency", "NORMAL");
        metadata.put("confidentiality", "NONE");
        metadata.put("recipients", List.of(Map.of("agencyCode", commune, "name",
                "Ủy ban nhân dân xã (tỉnh Hà Nguyên)")));
        String id = a.postParts("cv.tinh", "/api/v1/outgoing-documents", Map.of("metadata", metadata,
                "composition", Map.of("body", "Ủy ban nhân dân tỉnh Sơn Hà đề nghị phối hợp thực hiện.")), 201)
                .get("id").asString();
        a.post("cv.tinh", "/api/v1/outgoing-documents/" + id + "/submit", Map.of(), 200);
        a.post("ld.tinh", "/api/v1/outgoing-documents/" + id + "/sign", Map.of("pin", PIN), 200);
        return a.post("vt.tinh", "/api/v1/outgoing-documents/" + id + "/issue", Map.of("registerId",
                outgoingRegister(), "pin", PIN), 200);
    }

    private static String outgoingRegister() {
        for (JsonNode register : a.get("vt.tinh", "/api/v1/registers?kind=OUTGOING")) {
            if (!register.get("confidential").asBoolean()) {
                return register.get("id").asString();
            }
        }
        throw new IllegalStateException("no outgoing register in A");
    }

    private static JsonNode recipient(String id) {
        for (JsonNode recipient : a.get("vt.tinh", "/api/v1/outgoing-documents/" + id + "/recipients")) {
            if (commune.equals(recipient.get("agencyCode").asString())) {
                return recipient;
            }
        }
        throw new AssertionError("no recipient " + commune);
    }

    private static String copyIn(VanThuNode node, String subject) {
        for (JsonNode item : node.get("vt.xa1", "/api/v1/tasks?tab=PENDING&size=500").get("content")) {
            if (subject.equals(item.get("subject").asString())) {
                return item.get("documentId").asString();
            }
        }
        return null;
    }

    private static List<String> subjectsIn(VanThuNode node, String prefix) {
        List<String> subjects = new ArrayList<>();
        for (JsonNode item : node.get("vt.xa1", "/api/v1/tasks?tab=PENDING&size=500").get("content")) {
            if (item.get("subject").asString().startsWith(prefix)) {
                subjects.add(item.get("subject").asString());
            }
        }
        return subjects;
    }

    private static Map<String, Object> peer(String systemId, String name, String url, List<String> routes,
            String inboundSecret, String outboundSecret) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("systemId", systemId);
        details.put("name", name);
        details.put("baseUrl", url);
        details.put("routes", routes);
        details.put("inboundSecret", inboundSecret);
        details.put("outboundSecret", outboundSecret);
        return details;
    }

    private static <T> T await(Duration within, java.util.function.Supplier<T> found) {
        Instant end = Instant.now().plus(within);
        while (Instant.now().isBefore(end)) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            VanThuNode.sleep(Duration.ofSeconds(1));
        }
        throw new AssertionError("nothing within " + within);
    }

    private static void waitUntil(Duration within, BooleanSupplier condition) {
        await(within, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }
}
