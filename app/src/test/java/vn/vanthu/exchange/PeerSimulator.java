package vn.vanthu.exchange;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.EdxmlParser;
import vn.vanthu.edxml.EdxmlWriter;

/**
 * Another system on the exchange, as far as VanThu can tell: it takes packages at its own exchange door, checking
 * each request's signature with the secret VanThu signs with, answers what the test tells it to, and sends packages
 * to VanThu signed with its own secret.
 */
final class PeerSimulator implements AutoCloseable {

    static final String PATH = "/api/v1/exchange/packages";

    final String systemId;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<byte[]> received = new CopyOnWriteArrayList<>();
    private final List<String> refusedSignatures = new CopyOnWriteArrayList<>();
    private volatile int answer = 202;
    private volatile byte[] theirSecret = new byte[0];
    private volatile byte[] ourSecret = new byte[0];

    PeerSimulator(String systemId) throws IOException {
        this.systemId = systemId;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH, this::take);
        server.start();
    }

    /**
     * A simulator the administrator has registered as a connected system serving {@code route}: pushed to at its
     * own address, or ({@code push} false) registered without one, so that it polls.
     */
    static PeerSimulator registered(vn.vanthu.Api api, String systemId, String route, boolean push)
            throws IOException {
        PeerSimulator peer = new PeerSimulator(systemId);
        java.util.Map<String, Object> details = new java.util.HashMap<>();
        details.put("systemId", systemId);
        details.put("name", "Hệ thống quản lý văn bản " + systemId);
        details.put("baseUrl", push ? peer.baseUrl() : "");
        details.put("routes", List.of(route));
        tools.jackson.databind.JsonNode created = api.created(api.post(api.token("admin"), "/api/v1/exchange/peers",
                details));
        peer.secrets(created.get("newOutboundSecret").asString(), created.get("newInboundSecret").asString());
        return peer;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * @param vanthuSigns the secret VanThu signs its requests to this system with (its outbound secret)
     * @param thisSystemSigns the secret this system signs its requests to VanThu with (VanThu's inbound secret)
     */
    void secrets(String vanthuSigns, String thisSystemSigns) {
        this.theirSecret = vanthuSigns.getBytes(StandardCharsets.UTF_8);
        this.ourSecret = thisSystemSigns.getBytes(StandardCharsets.UTF_8);
    }

    void answer(int status) {
        this.answer = status;
    }

    List<byte[]> received() {
        return received;
    }

    List<String> refusedSignatures() {
        return refusedSignatures;
    }

    /** The packages taken so far, parsed (attachments left in {@code attachments}). */
    List<EdxmlMessage> parsed(Path attachments) {
        return received.stream().map(bytes -> new EdxmlParser(vn.vanthu.edxml.ParserLimits.DEFAULT, attachments)
                .parse(new java.io.ByteArrayInputStream(bytes))).toList();
    }

    private void take(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String timestamp = exchange.getRequestHeaders().getFirst("X-VanThu-Timestamp");
        String expected = RequestSignature.sign(theirSecret, exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(), Instant.parse(timestamp), sha256(body),
                exchange.getRequestHeaders().getFirst("X-VanThu-System"));
        int status;
        if (!expected.equals(exchange.getRequestHeaders().getFirst("X-VanThu-Signature"))
                || !sha256(body).equals(exchange.getRequestHeaders().getFirst("X-VanThu-Content-SHA256"))) {
            refusedSignatures.add(timestamp);
            status = 401;
        } else {
            status = answer;
            if (status == 202) {
                received.add(body);
            }
        }
        byte[] reply = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
    }

    /** Sends {@code message} to VanThu as this system. */
    HttpResponse<String> send(String vanthuUrl, EdxmlMessage message) throws IOException, InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(message, out);
        return send(vanthuUrl, out.toByteArray());
    }

    HttpResponse<String> send(String vanthuUrl, byte[] body) throws IOException, InterruptedException {
        return send(vanthuUrl, body, Instant.now(), ourSecret, sha256(body));
    }

    HttpResponse<String> send(String vanthuUrl, byte[] body, Instant at, byte[] secret, String declaredSha256)
            throws IOException, InterruptedException {
        Instant time = at.truncatedTo(ChronoUnit.SECONDS);
        HttpRequest request = HttpRequest.newBuilder(URI.create(vanthuUrl + PATH))
                .header("Content-Type", "application/xml")
                .header("X-VanThu-System", systemId)
                .header("X-VanThu-Timestamp", time.toString())
                .header("X-VanThu-Content-SHA256", declaredSha256)
                .header("X-VanThu-Signature", RequestSignature.sign(secret, "POST", PATH, time, declaredSha256,
                        systemId))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A signed request to the hub's pull interface, as this system. */
    HttpResponse<byte[]> call(String vanthuUrl, String method, String path, byte[] body)
            throws IOException, InterruptedException {
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String sha256 = sha256(body);
        String rawPath = URI.create(vanthuUrl + path).getRawPath();
        HttpRequest request = HttpRequest.newBuilder(URI.create(vanthuUrl + path))
                .header("Content-Type", "application/json")
                .header("X-VanThu-System", systemId)
                .header("X-VanThu-Timestamp", time.toString())
                .header("X-VanThu-Content-SHA256", sha256)
                .header("X-VanThu-Signature", RequestSignature.sign(ourSecret, method, rawPath, time, sha256,
                        systemId))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    byte[] ourSecret() {
        return ourSecret.clone();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
