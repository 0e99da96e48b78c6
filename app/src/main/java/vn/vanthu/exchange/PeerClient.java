package vn.vanthu.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/** Sends a stored package to a connected system, signed as the national hub's SDK signs its requests. */
@Component
class PeerClient {

    static final String PACKAGES_PATH = "/api/v1/exchange/packages";
    private static final int MAX_ANSWER = 2000;

    private final HttpClient http;
    private final ExchangeSettings settings;

    PeerClient(ExchangeSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What the peer answered: its status, and its words when it refused. */
    record Answer(int status, String body) {

        boolean taken() {
            return status == 202 || status == 200;
        }

        /** A refusal the peer will repeat however often it is asked: only a person can help. */
        boolean final_() {
            return status >= 400 && status < 500 && status != 408 && status != 425 && status != 429;
        }
    }

    Answer send(ConnectedSystems.Connection peer, Path file, String sha256) throws IOException, InterruptedException {
        URI target = URI.create(peer.baseUrl() + PACKAGES_PATH);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String signature = RequestSignature.sign(peer.outboundSecret(), "POST", target.getRawPath(), now, sha256,
                settings.systemId());
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/xml")
                .header(RequestSignature.SYSTEM, settings.systemId())
                .header(RequestSignature.TIMESTAMP, now.toString())
                .header(RequestSignature.CONTENT_SHA256, sha256)
                .header(RequestSignature.SIGNATURE, signature)
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body() == null ? "" : response.body();
        return new Answer(response.statusCode(), body.length() <= MAX_ANSWER ? body : body.substring(0, MAX_ANSWER));
    }
}
