package vn.vanthu.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One VanThu process started from the packaged jar, on a loopback port, with its own embedded PostgreSQL and data
 * directory (kept across a restart, as a real node's are), its log in {@code target/e2e/<name>.log}; and a small
 * REST client that signs in as the demo accounts.
 */
final class VanThuNode implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String name;
    final int port;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private Process process;

    VanThuNode(String name, Map<String, String> environment, List<String> arguments) {
        this.name = name;
        this.port = freePort();
        this.environment = new LinkedHashMap<>(environment);
        this.arguments = List.copyOf(arguments);
        Path data = Path.of("target", "e2e", name).toAbsolutePath();
        this.environment.put("VANTHU_DATA_DIR", data.toString());
        this.environment.put("VANTHU_PORT", String.valueOf(port));
        this.environment.put("VANTHU_PUBLIC_URL", url());
        this.environment.put("VANTHU_EXCHANGE_SYSTEM_ID", name);
        // each node has a database of its own, whatever the test JVM was given
        this.environment.put("VANTHU_DB_URL", "");
        this.environment.put("VANTHU_DB_USER", "");
        this.environment.put("VANTHU_DB_PASSWORD", "");
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    VanThuNode start() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx768m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-jar");
        command.add(System.getProperty("vanthu.jar", "target/vanthu.jar"));
        command.addAll(arguments);
        try {
            Path log = Path.of("target", "e2e", name + ".log");
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the node answers that it is ready to serve. */
    VanThuNode awaitReady(Duration within) {
        Instant end = Instant.now().plus(within);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see target/e2e/" + name + ".log");
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url()
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " was not ready within " + within + "; see target/e2e/" + name
                + ".log");
    }

    /** Kills the process as a crash would: no shutdown hooks, no goodbye. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tokens.clear();
    }

    JsonNode get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(url() + path)).GET(), 200);
    }

    JsonNode post(String user, String path, Object body, int expected) {
        return send(user, HttpRequest.newBuilder(URI.create(url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))), expected);
    }

    /** A multipart request of JSON parts, as the outgoing documents' draft takes it. */
    JsonNode postParts(String user, String path, Map<String, Object> parts, int expected) {
        String boundary = "vanthu-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        parts.forEach((part, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(part).append("\"\r\n")
                .append("Content-Type: application/json\r\n\r\n")
                .append(JSON.writeValueAsString(value)).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(user, HttpRequest.newBuilder(URI.create(url() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), expected);
    }

    byte[] download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(String user, HttpRequest.Builder request, int expected) {
        request.header("Authorization", "Bearer " + token(user)).header("Accept-Language", "vi")
                .timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(name + ": expected " + expected + " but got " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, username -> {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url()
                        + "/api/v1/auth/token")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", username,
                                "password", passwords.getOrDefault(username, "Demo@123"))))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new AssertionError(name + ": no token for " + username + ": " + response.body());
                }
                return JSON.readTree(response.body()).get("accessToken").asString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private final Map<String, String> passwords = new LinkedHashMap<>();

    /** An account that is not a demo one, with its password. */
    VanThuNode account(String username, String password) {
        passwords.put(username, password);
        return this;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
