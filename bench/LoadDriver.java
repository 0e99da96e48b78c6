import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver of the benchmarks, over VanThu's REST API as integrators and the web UI use it.
 *
 * <pre>
 *   java bench/LoadDriver.java register BASE_URL SECONDS CLERK[,CLERK...]   # one thread per clerk name given
 *   java bench/LoadDriver.java inbox BASE_URL REQUESTS USER[,USER...]
 *   java bench/LoadDriver.java sign BASE_URL SECONDS LEADER:CLERK[,LEADER:CLERK...]   # one thread per pair
 *   java bench/LoadDriver.java validate BASE_URL REQUESTS LEADER:CLERK
 *   java bench/LoadDriver.java issue BASE_URL DOCUMENTS_PER_AGENCY DRAFTER:SIGNER:CLERK[,...]   # one thread each
 * </pre>
 *
 * {@code register}: each clerk registers documents (metadata and a small PDF of its own) into their agency's
 * incoming register as fast as VanThu answers, for the given seconds after a warm-up; prints registrations per second
 * and the latency of one registration. {@code inbox}: each user reads the first page of each inbox tab the given
 * number of times; prints p50, p95 and p99 of the answers. {@code sign}: each leader signs a 1 MB PDF personally and
 * their agency's clerk applies the agency's signature to the result (PIN 123456, the demo's), as fast as VanThu
 * answers; prints signatures per second. {@code validate}: times the validation of a PDF with one signature and of
 * one with five. Only the JDK is needed.
 */
public class LoadDriver {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "Demo@123";
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("warmup", 20));

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: register|inbox|sign|validate|issue BASE_URL SECONDS|REQUESTS NAME[,NAME...]");
            System.exit(2);
        }
        String base = args[1];
        List<String> names = List.of(args[3].split(","));
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors());
        switch (args[0]) {
            case "register" -> register(base, Integer.parseInt(args[2]), names);
            case "inbox" -> inbox(base, Integer.parseInt(args[2]), names);
            case "sign" -> sign(base, Integer.parseInt(args[2]), names);
            case "validate" -> validate(base, Integer.parseInt(args[2]), names.get(0));
            case "issue" -> issue(base, Integer.parseInt(args[2]), names);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void register(String base, int seconds, List<String> clerks) throws Exception {
        List<Clerk> ready = new ArrayList<>();
        for (String clerk : clerks) {
            String token = token(base, clerk);
            ready.add(new Clerk(clerk, token, incomingRegister(base, token)));
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Failures failures = new Failures();
        AtomicLong sequence = new AtomicLong();
        long warmUpEnds = System.nanoTime() + WARM_UP.toNanos();
        long ends = warmUpEnds + Duration.ofSeconds(seconds).toNanos();
        URI server = URI.create(base);
        inParallel(ready, failures, clerk -> {
            try (Connection connection = new Connection(server)) {
                while (true) {
                    long started = System.nanoTime();
                    if (started >= ends) {
                        break;
                    }
                    Connection.Answer answer = receive(connection, clerk, sequence.incrementAndGet());
                    long took = System.nanoTime() - started;
                    if (answer.status() != 201) {
                        failures.record(answer.status(), answer.body());
                    } else if (started >= warmUpEnds) {
                        latencies.add(took);
                    }
                }
            }
        });
        List<Long> measured = new ArrayList<>(latencies);
        System.out.printf("registrations: %d clerks, %d s measured after %d s warm-up: %d registered (%.0f/s), "
                + "%d failed (warm-up included), latency %s%n", ready.size(), seconds, WARM_UP.toSeconds(),
                measured.size(), measured.size() / (double) seconds, failures.count(), percentiles(measured));
        System.out.println("registrations in all, warm-up included: " + sequence.get());
    }

    private static void inbox(String base, int requests, List<String> users) throws Exception {
        for (String tab : List.of("PENDING", "IN_PROGRESS", "DONE", "FOR_INFORMATION")) {
            List<Long> latencies = new ArrayList<>();
            long total = 0;
            for (String user : users) {
                String token = token(base, user);
                URI uri = URI.create(base + "/api/v1/tasks?tab=" + tab + "&size=25");
                for (int i = 0; i < requests + 20; i++) {
                    long started = System.nanoTime();
                    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - started;
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(user + " " + tab + ": " + answer.statusCode());
                    }
                    if (i >= 20) {
                        latencies.add(took);
                    }
                    if (i == 0) {
                        total += totalElements(answer.body());
                    }
                }
            }
            System.out.printf("inbox %-15s %d users × %d reads, %,d lines in these inboxes: %s%n", tab,
                    users.size(), requests, total, percentiles(latencies));
        }
    }

    private static void sign(String base, int seconds, List<String> pairs) throws Exception {
        byte[] pdf = bigPdf(Integer.getInteger("pdfKb", 1024) * 1024);
        List<String[]> tokens = new ArrayList<>();
        for (String pair : pairs) {
            String[] people = pair.split(":");
            tokens.add(new String[] {token(base, people[0]), token(base, people[1])});
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Failures failures = new Failures();
        long warmUpEnds = System.nanoTime() + WARM_UP.toNanos();
        long ends = warmUpEnds + Duration.ofSeconds(seconds).toNanos();
        inParallel(tokens, failures, pair -> {
            while (System.nanoTime() < ends) {
                long started = System.nanoTime();
                HttpResponse<byte[]> personal = signedWhole(base, pair[0], "personal", pdf);
                long between = System.nanoTime();
                HttpResponse<byte[]> agency = personal.statusCode() != 200 ? personal
                        : signedWhole(base, pair[1], "agency", personal.body());
                long finished = System.nanoTime();
                if (agency.statusCode() != 200) {
                    failures.record(agency.statusCode(), new String(agency.body(), StandardCharsets.UTF_8));
                } else if (started >= warmUpEnds && finished < ends) {
                    latencies.add(between - started);
                    latencies.add(finished - between);
                }
            }
        });
        List<Long> measured = new ArrayList<>(latencies);
        System.out.printf("signatures: %d pairs (official, then clerk) on a %d KB PDF, %d s measured after %d s "
                + "warm-up: %d signatures (%.1f/s), %d failed, one signature %s%n", tokens.size(), pdf.length / 1024,
                seconds, WARM_UP.toSeconds(), measured.size(), measured.size() / (double) seconds, failures.count(),
                percentiles(measured));
    }

    private static void validate(String base, int requests, String pair) throws Exception {
        String[] people = pair.split(":");
        String leader = token(base, people[0]);
        String clerk = token(base, people[1]);
        byte[] once = signed(base, leader, "personal", bigPdf(1024 * 1024), "{\"pin\":\"123456\"}").body();
        byte[] five = once;
        for (int i = 1; i < 4; i++) {
            five = signed(base, leader, "personal", five, "{\"pin\":\"123456\",\"placement\":{\"page\":1,"
                    + "\"x\":" + (60 + i * 110) + ",\"y\":100}}").body();
        }
        five = signed(base, clerk, "agency", five, "{\"pin\":\"123456\"}").body();
        for (Object[] file : List.of(new Object[] {"1 signature", once}, new Object[] {"5 signatures", five})) {
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < requests + 5; i++) {
                long started = System.nanoTime();
                HttpResponse<String> answer = upload(base, leader, "/api/v1/signatures/validations",
                        (byte[]) file[1], null, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - started;
                if (answer.statusCode() != 200 || !answer.body().contains("\"verdict\":\"VALID\"")) {
                    throw new IllegalStateException("validation: " + answer.statusCode() + " " + answer.body());
                }
                if (i >= 5) {
                    latencies.add(took);
                }
            }
            System.out.printf("validation of a %d KB PDF with %s, %d times: %s%n", ((byte[]) file[1]).length / 1024,
                    file[0], requests, percentiles(latencies));
        }
    }

    /**
     * Outgoing documents end to end: each agency's drafts (made beforehand, submitted to the signer) are signed by
     * its leader and numbered, sealed and issued by its clerk to ten agencies of the deployment; the run ends when
     * every copy has arrived at its recipient. Counts the documents issued and the issue step's latency.
     *
     * @param trios {@code drafter:signer:clerk} of one agency each
     */
    private static void issue(String base, int perAgency, List<String> trios) throws Exception {
        List<String> recipients = new ArrayList<>();
        Matcher code = Pattern.compile("\"code\":\"([0-9A-Z.]+)\"").matcher(get(base, token(base, "admin"),
                "/api/v1/agencies?size=40&level=DISTRICT"));
        while (code.find() && recipients.size() < 10) {
            recipients.add(code.group(1));
        }
        String to = recipients.stream().map(c -> "{\"agencyCode\":\"" + c + "\"}")
                .reduce((a, b) -> a + "," + b).orElseThrow();
        List<Agency> agencies = new ArrayList<>();
        for (String trio : trios) {
            String[] people = trio.split(":");
            String clerk = token(base, people[2]);
            Agency agency = new Agency(token(base, people[0]), token(base, people[1]), clerk,
                    outgoingRegister(base, clerk), new ArrayList<>());
            agency.drafts().addAll(drafts(base, agency, perAgency, to));
            agencies.add(agency);
        }
        System.out.printf("prepared %d drafts in %d agencies, each to %d recipients%n", perAgency * agencies.size(),
                agencies.size(), recipients.size());
        ConcurrentLinkedQueue<Long> issueLatencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String[]> issued = new ConcurrentLinkedQueue<>();
        Failures failures = new Failures();
        long started = System.nanoTime();
        inParallel(agencies, failures, agency -> {
            for (String id : agency.drafts()) {
                HttpResponse<String> signed = post(base, agency.signer(),
                        "/api/v1/outgoing-documents/" + id + "/sign", "{\"pin\":\"123456\"}");
                long issuing = System.nanoTime();
                HttpResponse<String> answer = signed.statusCode() != 200 ? signed : post(base, agency.clerk(),
                        "/api/v1/outgoing-documents/" + id + "/issue",
                        "{\"registerId\":\"" + agency.register() + "\",\"pin\":\"123456\"}");
                if (answer.statusCode() == 200) {
                    issueLatencies.add(System.nanoTime() - issuing);
                    issued.add(new String[] {id, agency.clerk()});
                } else {
                    failures.record(answer.statusCode(), answer.body());
                }
            }
        });
        long allIssued = System.nanoTime();
        for (String[] one : issued) {
            while (get(base, one[1], "/api/v1/outgoing-documents/" + one[0] + "/recipients")
                    .split("\"deliveredAt\":\"", -1).length - 1 < recipients.size()) {
                Thread.sleep(50);
            }
        }
        long allDelivered = System.nanoTime();
        double seconds = (allDelivered - started) / 1e9;
        System.out.printf("issue end to end: %d documents signed, numbered, sealed and delivered to %d recipients "
                + "each in %.1f s (%.2f documents/s, %.1f deliveries/s; the last delivery %.1f s after the last "
                + "issue), %d failed; the issue step %s%n", issued.size(), recipients.size(), seconds,
                issued.size() / seconds, issued.size() * recipients.size() / seconds, (allDelivered - allIssued) / 1e9,
                failures.count(), percentiles(new ArrayList<>(issueLatencies)));
    }

    /** Drafts uploaded and submitted to the signer, ready to sign: made before the clock starts. */
    private static List<String> drafts(String base, Agency agency, int count, String recipients) throws Exception {
        Matcher me = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(get(base, agency.signer(), "/api/v1/me"));
        if (!me.find()) {
            throw new IllegalStateException("no signer");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String boundary = "vanthu" + System.nanoTime();
            String metadata = "{\"documentType\":\"CONG_VAN\",\"subject\":\"Về việc đôn đốc báo cáo (tải thử " + i
                    + ")\",\"signerId\":\"" + me.group(1) + "\",\"urgency\":\"NORMAL\",\"confidentiality\":\"NONE\","
                    + "\"recipients\":[" + recipients + "]}";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            part(body, boundary, "metadata", null, "application/json", metadata.getBytes(StandardCharsets.UTF_8));
            part(body, boundary, "file", "cong-van.pdf", "application/pdf", pdf(System.nanoTime()));
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> drafted = HTTP.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/outgoing-documents"))
                    .header("Authorization", "Bearer " + agency.drafter())
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(drafted.body());
            if (drafted.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("draft: " + drafted.statusCode() + " " + drafted.body());
            }
            HttpResponse<String> submitted = post(base, agency.drafter(),
                    "/api/v1/outgoing-documents/" + id.group(1) + "/submit", "{}");
            if (submitted.statusCode() != 200) {
                throw new IllegalStateException("submit: " + submitted.statusCode() + " " + submitted.body());
            }
            ids.add(id.group(1));
        }
        return ids;
    }

    /** The clerk's agency's outgoing register for documents that are not secret. */
    private static String outgoingRegister(String base, String token) throws Exception {
        Matcher register = Pattern.compile("\\{\"id\":\"([^\"]+)\"[^}]*\"confidential\":false[^}]*\"active\":true")
                .matcher(get(base, token, "/api/v1/registers?kind=OUTGOING"));
        if (!register.find()) {
            throw new IllegalStateException("no outgoing register");
        }
        return register.group(1);
    }

    private static HttpResponse<String> post(String base, String token, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String get(String base, String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpResponse<byte[]> signed(String base, String token, String kind, byte[] pdf, String request)
            throws Exception {
        return upload(base, token, "/api/v1/signatures/" + kind, pdf, request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * A signature with the PDF as the body ({@code application/pdf}, PIN in a header), as phones and integrators
     * send it; {@code -Dmultipart=true} sends the multipart form instead, as the browser does.
     */
    private static HttpResponse<byte[]> signedWhole(String base, String token, String kind, byte[] pdf)
            throws Exception {
        if (Boolean.getBoolean("multipart")) {
            return signed(base, token, kind, pdf, "{\"pin\":\"123456\"}");
        }
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/signatures/" + kind))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                .header("VanThu-Pin", "123456")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> upload(String base, String token, String path, byte[] pdf, String request,
            HttpResponse.BodyHandler<T> handler) throws Exception {
        String boundary = "vanthu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "file", "van-ban.pdf", "application/pdf", pdf);
        if (request != null) {
            part(body, boundary, "request", null, "application/json", request.getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), handler);
    }

    /** A one-page A4 PDF of about {@code size} bytes: a line of text and an image of random pixels that fills it. */
    private static byte[] bigPdf(int size) {
        int side = (int) Math.sqrt(size / 3.0);
        byte[] pixels = new byte[side * side * 3];
        new java.util.Random(7).nextBytes(pixels);
        String content = "q 400 0 0 400 100 300 cm /Im1 Do Q BT /F1 14 Tf 100 760 Td (Ban thu ky so 1 MB) Tj ET";
        List<byte[]> objects = List.of(
                "<</Type/Catalog/Pages 2 0 R>>".getBytes(StandardCharsets.US_ASCII),
                "<</Type/Pages/Kids[3 0 R]/Count 1>>".getBytes(StandardCharsets.US_ASCII),
                ("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
                        + "/Resources<</Font<</F1 5 0 R>>/XObject<</Im1 6 0 R>>>>>>").getBytes(StandardCharsets.US_ASCII),
                stream("", content.getBytes(StandardCharsets.US_ASCII)),
                "<</Type/Font/Subtype/Type1/BaseFont/Times-Roman>>".getBytes(StandardCharsets.US_ASCII),
                stream("/Type/XObject/Subtype/Image/Width " + side + "/Height " + side
                        + "/ColorSpace/DeviceRGB/BitsPerComponent 8", pixels));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(objects.get(i));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer<</Size ").append(objects.size() + 1).append("/Root 1 0 R>>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] stream(String dictionary, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("<<" + dictionary + "/Length " + data.length + ">>stream\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes("\nendstream".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Connection.Answer receive(Connection connection, Clerk clerk, long n) throws IOException {
        String boundary = "vanthu" + n;
        String metadata = """
                {"senderName":"Sở Tài chính tỉnh Sơn Hà","codeNumber":"%d","codeNotation":"STC-NS",
                 "promulgationDate":"%s","documentType":"CONG_VAN",
                 "subject":"Về việc thẩm định dự toán ngân sách (tải thử %d)","signerName":"Lê Văn Tâm",
                 "urgency":"NORMAL","confidentiality":"NONE","pageCount":1,"form":"BORN_DIGITAL",
                 "registerId":"%s","acceptDuplicate":true}
                """.formatted(n % 100_000, LocalDate.now().minusDays(1), n, clerk.register());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "metadata", null, "application/json", metadata.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "files", "cong-van-" + n + ".pdf", "application/pdf", pdf(n));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return connection.post("/api/v1/incoming-documents", clerk.token(), "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName,
            String type, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A minimal one-page PDF, different for every document so that each is stored as a file of its own. */
    private static byte[] pdf(long n) {
        String text = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                + "% document " + n + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String token(String base, String username) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token for " + username + ": " + answer.statusCode());
        }
        return token.group(1);
    }

    /** The clerk's agency's incoming register for documents: the first one that is not for secret documents. */
    private static String incomingRegister(String base, String token) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/registers"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher register = Pattern.compile("\\{\"id\":\"([^\"]+)\"[^}]*\"confidential\":false[^}]*\"active\":true")
                .matcher(answer.body());
        if (!register.find()) {
            throw new IllegalStateException("no register: " + answer.body());
        }
        return register.group(1);
    }

    private static long totalElements(String page) {
        Matcher total = Pattern.compile("\"totalElements\"\\s*:\\s*(\\d+)").matcher(page);
        return total.find() ? Long.parseLong(total.group(1)) : 0;
    }

    private static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "no answers";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99));
    }

    private static double at(List<Long> sorted, double fraction) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1)) / 1e6;
    }

    /** Runs {@code work} on a thread of its own for each of {@code workers}, and waits for all of them. */
    private static <T> void inParallel(List<T> workers, Failures failures, Work<T> work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(workers.size());
        for (T worker : workers) {
            new Thread(() -> {
                try {
                    work.run(worker);
                } catch (Exception e) {
                    e.printStackTrace();
                    failures.record(-1, String.valueOf(e));
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
    }

    @FunctionalInterface
    private interface Work<T> {
        void run(T worker) throws Exception;
    }

    /** Failed requests: counted, and the first one printed, so a broken run says why. */
    private static final class Failures {
        private final AtomicLong count = new AtomicLong();

        void record(int status, String answer) {
            if (count.incrementAndGet() == 1) {
                System.out.println("first failure: " + status + " " + answer);
            }
        }

        long count() {
            return count.get();
        }
    }

    private record Clerk(String username, String token, String register) {
    }

    /**
     * One kept-alive HTTP/1.1 connection, written and read by hand: the JDK's client spends more CPU per request than
     * a registration leaves to spare on a machine the driver shares with VanThu and PostgreSQL.
     */
    private static final class Connection implements AutoCloseable {
        private final URI server;
        private final String host;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Connection(URI server) throws IOException {
            this.server = server;
            this.host = server.getHost() + ":" + server.getPort();
            open();
        }

        /** A new socket: Tomcat ends a kept-alive connection after 100 requests. */
        private void open() throws IOException {
            socket = new Socket(server.getHost(), server.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        Answer post(String path, String token, String contentType, byte[] body) throws IOException {
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                    + "\r\nAccept: application/json\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return read();
        }

        private Answer read() throws IOException {
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().strip(), 16); size > 0;
                        size = Integer.parseInt(line().strip(), 16)) {
                    body.writeBytes(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length > 0) {
                body.writeBytes(in.readNBytes((int) length));
            }
            if (closing) {
                socket.close();
                open();
            }
            return new Answer(code, body.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c == -1) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }

        record Answer(int status, String body) {
        }
    }

    private record Agency(String drafter, String signer, String clerk, String register, List<String> drafts) {
    }
}
