import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * The exchange benchmark's driver, over VanThu's REST API and its signed exchange door. Only the JDK is needed.
 *
 * <pre>
 *   java bench/ExchangeDriver.java hub HUB_URL ADMIN PASSWORD PACKAGES CONCURRENCY ATTACHMENT_MB
 *   java bench/ExchangeDriver.java latency A_URL B_URL DOCUMENTS
 * </pre>
 *
 * {@code hub}: registers a sending system and a receiving one (a sink in this process that answers 202) with the
 * hub, then sends PACKAGES edXML packages, each with an attachment of ATTACHMENT_MB, from CONCURRENCY threads; prints
 * the packages taken per second at the door, the packages passed on per second to the sink, and the time from sending
 * to arrival at the sink. {@code latency}: connects two demo deployments (A the province H99, B the province H98) to
 * each other, then A issues DOCUMENTS documents to a commune of B one after another; prints the time from the issue's
 * answer to the document's appearing in the commune clerk's queue.
 */
public class ExchangeDriver {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PATH = "/api/v1/exchange/packages";

    public static void main(String[] args) throws Exception {
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors());
        switch (args[0]) {
            case "hub" -> hub(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]));
            case "latency" -> latency(args[1], args[2], Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("hub|latency");
        }
    }

    private static void hub(String hub, String admin, String password, int packages, int concurrency, int megabytes)
            throws Exception {
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        sink.createContext(PATH, exchange -> {
            byte[] head;
            try (InputStream in = exchange.getRequestBody()) {
                head = in.readNBytes(4096);
                in.transferTo(OutputStream.nullOutputStream());
            }
            Matcher id = Pattern.compile("<edXML:DocumentId>([^<]+)<").matcher(new String(head,
                    StandardCharsets.UTF_8));
            if (id.find()) {
                arrived.putIfAbsent(id.group(1), System.nanoTime());
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        ExecutorService sinkThreads = Executors.newFixedThreadPool(8);
        sink.setExecutor(sinkThreads);
        sink.start();
        String token = token(hub, admin, password);
        String run = Long.toString(System.currentTimeMillis() % 100000);
        String secret = secret(json(HTTP.send(post(hub + "/api/v1/exchange/peers", token, "{\"systemId\":\"bench-from-"
                + run + "\",\"name\":\"Bench sender\",\"routes\":[]}"), HttpResponse.BodyHandlers.ofString()), 201),
                "newInboundSecret");
        json(HTTP.send(post(hub + "/api/v1/exchange/peers", token, "{\"systemId\":\"bench-to-" + run
                + "\",\"name\":\"Bench sink\",\"baseUrl\":\"http://127.0.0.1:" + sink.getAddress().getPort()
                + "\",\"routes\":[\"*.H98\"]}"), HttpResponse.BodyHandlers.ofString()), 201);

        byte[] attachment = new byte[megabytes * 1024 * 1024];
        new Random(7).nextBytes(attachment);
        String encoded = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(attachment);
        // the package around its DocumentId, encoded once: the driver shares the hub's cores, so it only copies bytes
        byte[][] around = around(encoded);
        System.out.printf("package: %.2f MB with a %d MB attachment%n", pack(around, "x").length / 1e6, megabytes);

        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        int warmup = Integer.getInteger("warmup", 300);
        if (warmup > 0) {
            // a cold JVM compiles for its first minute: the hub is measured warm, as it runs for months
            round(hub, run, secret, around, arrived, senders, concurrency, "w", warmup);
            System.out.printf("warm-up: %d packages%n", warmup);
        }
        round(hub, run, secret, around, arrived, senders, concurrency, "m", packages);
        senders.shutdown();
        sink.stop(0);
        sinkThreads.shutdown();
    }

    /** Sends {@code packages} packages from {@code concurrency} threads, waits until the sink has them, and reports. */
    private static void round(String hub, String run, String secret, byte[][] around, Map<String, Long> arrived,
            ExecutorService senders, int concurrency, String round, int packages) throws Exception {
        Map<String, Long> sent = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            work.add(senders.submit(() -> {
                int n;
                while ((n = next.incrementAndGet()) <= packages) {
                    String identity = "000.00.00.H97," + LocalDate.now().toString().replace('-', '/') + "," + run
                            + round + n + "/UBND";
                    byte[] body = pack(around, identity);
                    long at = System.nanoTime();
                    HttpResponse<String> answer = HTTP.send(signed(hub + PATH, body, "bench-from-" + run, secret),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 202) {
                        sent.put(identity, at);
                    } else if (refused.incrementAndGet() == 1) {
                        System.out.println("first refusal: " + answer.statusCode() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> one : work) {
            one.get();
        }
        long taken = System.nanoTime();
        Instant end = Instant.now().plusSeconds(300);
        while (!arrived.keySet().containsAll(sent.keySet()) && Instant.now().isBefore(end)) {
            Thread.sleep(50);
        }
        List<Long> transit = new ArrayList<>();
        long passed = taken;
        for (Map.Entry<String, Long> one : sent.entrySet()) {
            Long in = arrived.get(one.getKey());
            if (in != null) {
                transit.add(in - one.getValue());
                passed = Math.max(passed, in);
            }
        }
        if (!round.equals("m")) {
            return;
        }
        System.out.printf("taken at the door: %d packages in %.1f s = %.1f packages/s (%d refused)%n", sent.size(),
                (taken - started) / 1e9, sent.size() / ((taken - started) / 1e9), refused.get());
        System.out.printf("passed on to the sink: %d packages in %.1f s = %.1f packages/s%n", transit.size(),
                (passed - started) / 1e9, transit.size() / ((passed - started) / 1e9));
        System.out.println("from sending to the sink: " + percentiles(transit));
    }

    private static void latency(String a, String b, int documents) throws Exception {
        String adminA = token(a, "admin", "Demo@123");
        String adminB = token(b, "admin", "Demo@123");
        String run = Long.toString(System.currentTimeMillis() % 100000);
        String forB = json(HTTP.send(post(a + "/api/v1/exchange/peers", adminA, "{\"systemId\":\"b\",\"name\":\"B\","
                + "\"baseUrl\":\"" + b + "\",\"routes\":[\"*.H98\"]}"), HttpResponse.BodyHandlers.ofString()), 201);
        json(HTTP.send(post(b + "/api/v1/exchange/peers", adminB, "{\"systemId\":\"a\",\"name\":\"A\",\"baseUrl\":\""
                + a + "\",\"routes\":[\"*.H99\"],\"inboundSecret\":\"" + secret(forB, "newOutboundSecret")
                + "\",\"outboundSecret\":\"" + secret(forB, "newInboundSecret") + "\"}"),
                HttpResponse.BodyHandlers.ofString()), 201);
        String drafter = token(a, "cv.tinh", "Demo@123");
        String signer = token(a, "ld.tinh", "Demo@123");
        String clerk = token(a, "vt.tinh", "Demo@123");
        String receiver = token(b, "vt.xa1", "Demo@123");
        String commune = field(get(b + "/api/v1/me", receiver), "agencyCode");
        String signerId = field(get(a + "/api/v1/me", signer), "id");
        Matcher register = Pattern.compile("\\{\"id\":\"([^\"]+)\"[^}]*\"confidential\":false")
                .matcher(get(a + "/api/v1/registers?kind=OUTGOING", clerk));
        register.find();
        List<Long> latencies = new ArrayList<>();
        for (int i = 1; i <= documents; i++) {
            String subject = "Về việc đo độ trễ liên thông " + run + " số " + i;
            String id = draft(a, drafter, subject, signerId, commune);
            json(HTTP.send(post(a + "/api/v1/outgoing-documents/" + id + "/submit", drafter, "{}"),
                    HttpResponse.BodyHandlers.ofString()), 200);
            json(HTTP.send(post(a + "/api/v1/outgoing-documents/" + id + "/sign", signer, "{\"pin\":\"123456\"}"),
                    HttpResponse.BodyHandlers.ofString()), 200);
            json(HTTP.send(post(a + "/api/v1/outgoing-documents/" + id + "/issue", clerk, "{\"registerId\":\""
                    + register.group(1) + "\",\"pin\":\"123456\"}"), HttpResponse.BodyHandlers.ofString()), 200);
            long issued = System.nanoTime();
            Instant end = Instant.now().plusSeconds(60);
            while (!get(b + "/api/v1/tasks?tab=PENDING&size=20", receiver).contains(subject)) {
                if (Instant.now().isAfter(end)) {
                    throw new IllegalStateException("not in B's queue after 60 s: " + subject);
                }
                Thread.sleep(20);
            }
            latencies.add(System.nanoTime() - issued);
        }
        System.out.println("from the issue to the recipient's queue, " + documents + " documents: "
                + percentiles(latencies));
    }

    private static String draft(String a, String token, String subject, String signerId, String commune)
            throws Exception {
        String metadata = "{\"documentType\":\"CONG_VAN\",\"subject\":\"" + subject + "\",\"signerId\":\"" + signerId
                + "\",\"authority\":\"TM\",\"authorityOf\":\"Ủy ban nhân dân\",\"urgency\":\"NORMAL\","
                + "\"confidentiality\":\"NONE\",\"recipients\":[{\"agencyCode\":\"" + commune
                + "\",\"name\":\"Ủy ban nhân dân xã tỉnh B\"}]}";
        String boundary = "bench" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: "
                + "application/json\r\n\r\n" + metadata + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"composition\"\r\nContent-Type: application/json\r\n\r\n{\"body\":\"Đề nghị phối hợp.\"}\r\n--"
                + boundary + "--\r\n";
        return field(json(HTTP.send(HttpRequest.newBuilder(URI.create(a + "/api/v1/outgoing-documents"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString()), 201), "id");
    }

    /** A new-document package from province H97 to a commune of H98, with the attachment already in base64. */
    private static byte[] pack(byte[][] around, String identity) {
        byte[] id = identity.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[around[0].length + id.length + around[1].length];
        System.arraycopy(around[0], 0, body, 0, around[0].length);
        System.arraycopy(id, 0, body, around[0].length, id.length);
        System.arraycopy(around[1], 0, body, around[0].length + id.length, around[1].length);
        return body;
    }

    private static byte[][] around(String encoded) {
        String[] parts = pack("\0", encoded).split("\0");
        return new byte[][] {parts[0].getBytes(StandardCharsets.UTF_8), parts[1].getBytes(StandardCharsets.UTF_8)};
    }

    private static String pack(String identity, String encoded) {
        String ns = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXML xmlns=\"" + ns + "\">"
                + "<edXML:edXMLEnvelope xmlns:edXML=\"" + ns + "\"><edXML:edXMLHeader><edXML:MessageHeader>"
                + "<edXML:From><edXML:OrganId>000.00.00.H97</edXML:OrganId><edXML:OrganName>Tỉnh đo tải"
                + "</edXML:OrganName></edXML:From><edXML:To><edXML:OrganId>000.01.41.H98</edXML:OrganId></edXML:To>"
                + "<edXML:DocumentId>" + identity + "</edXML:DocumentId><edXML:Code><edXML:CodeNumber>1"
                + "</edXML:CodeNumber><edXML:CodeNotation>UBND</edXML:CodeNotation></edXML:Code>"
                + "<edXML:Subject>Về việc đo thông lượng trục liên thông</edXML:Subject></edXML:MessageHeader>"
                + "</edXML:edXMLHeader><edXML:edXMLBody><edXML:edXMLManifest><edXML:Reference>"
                + "<edXML:ContentId>cid:1</edXML:ContentId><edXML:ContentType>application/pdf</edXML:ContentType>"
                + "<edXML:AttachmentName>tai-lieu.pdf</edXML:AttachmentName></edXML:Reference>"
                + "</edXML:edXMLManifest></edXML:edXMLBody></edXML:edXMLEnvelope><edXML:AttachmentEncoded>"
                + "<edXML:Attachment><edXML:ContentId>cid:1</edXML:ContentId><edXML:ContentTransferEncoded>"
                + encoded + "</edXML:ContentTransferEncoded></edXML:Attachment></edXML:AttachmentEncoded></edXML>";
        return xml;
    }

    private static HttpRequest signed(String url, byte[] body, String system, String secret) throws Exception {
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(String.join("\n", "POST", PATH,
                time.toString(), sha, system).getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/xml")
                .header("X-VanThu-System", system).header("X-VanThu-Timestamp", time.toString())
                .header("X-VanThu-Content-SHA256", sha).header("X-VanThu-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static HttpRequest post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private static String get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String json(HttpResponse<String> answer, int expected) {
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(answer.uri() + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value.group(1);
    }

    private static String secret(String json, String name) {
        return field(json, name);
    }

    private static String token(String base, String username, String password) throws Exception {
        return field(json(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()), 200), "accessToken");
    }

    private static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "none";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms (n=%d)", at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted.size());
    }

    private static double at(List<Long> sorted, double fraction) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1)) / 1e6;
    }
}
