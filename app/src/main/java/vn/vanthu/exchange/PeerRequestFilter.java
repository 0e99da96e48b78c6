package vn.vanthu.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.vanthu.web.Problems;

/**
 * The door for connected systems: a request must name a known, active system, carry a time close to ours and the
 * HMAC of its method, path, time and body under that system's secret ({@link RequestSignature}). The body is
 * spooled to a work file while its SHA-256 is computed, so a package of any size costs no memory, and a body that is
 * not the one signed is refused before anything reads it. The controller gets the sender and the file.
 */
class PeerRequestFilter extends OncePerRequestFilter {

    static final String PEER = PeerRequestFilter.class.getName() + ".peer";
    static final String FILE = PeerRequestFilter.class.getName() + ".file";
    static final String SHA256 = PeerRequestFilter.class.getName() + ".sha256";
    static final String LENGTH = PeerRequestFilter.class.getName() + ".length";

    private final ConnectedSystems peers;
    private final PackageStore store;
    private final Problems problems;
    private final Duration skew;
    private final long maxBytes;

    PeerRequestFilter(ConnectedSystems peers, PackageStore store, Problems problems, ExchangeSettings settings) {
        this.peers = peers;
        this.store = store;
        this.problems = problems;
        this.skew = settings.clockSkew();
        this.maxBytes = settings.maxPackageSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String system = request.getHeader(RequestSignature.SYSTEM);
        String time = request.getHeader(RequestSignature.TIMESTAMP);
        String declared = request.getHeader(RequestSignature.CONTENT_SHA256);
        String signature = request.getHeader(RequestSignature.SIGNATURE);
        if (blank(system) || blank(time) || blank(declared) || blank(signature)) {
            refuse(request, response, HttpStatus.UNAUTHORIZED, "exchange.auth.missing");
            return;
        }
        Instant timestamp = instant(time);
        if (timestamp == null || Duration.between(timestamp, Instant.now()).abs().compareTo(skew) > 0) {
            refuse(request, response, HttpStatus.UNAUTHORIZED, "exchange.auth.stale");
            return;
        }
        ConnectedSystems.Connection peer = peers.connection(system.strip()).filter(ConnectedSystems.Connection::active)
                .orElse(null);
        String expected = peer == null ? "" : RequestSignature.sign(peer.inboundSecret(), request.getMethod(),
                request.getRequestURI(), timestamp, declared.toLowerCase(Locale.ROOT), peer.systemId());
        if (peer == null || !RequestSignature.matches(expected, signature.strip())) {
            // an unknown system and a wrong signature look the same from outside
            refuse(request, response, HttpStatus.UNAUTHORIZED, "exchange.auth.refused");
            return;
        }
        Path file = store.workFile("in-");
        try {
            long length = spool(request.getInputStream(), file, declared);
            if (length < 0) {
                refuse(request, response, length == -1 ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                        length == -1 ? "exchange.package.too-large" : "exchange.auth.content-mismatch");
                return;
            }
            request.setAttribute(PEER, peer.id());
            request.setAttribute(FILE, file);
            request.setAttribute(SHA256, declared.toLowerCase(Locale.ROOT));
            request.setAttribute(LENGTH, length);
            chain.doFilter(new SpooledRequest(request, file), response);
        } finally {
            PackageStore.deleteQuietly(file);
        }
    }

    /** @return the length, -1 when too large, -2 when the body is not the one whose hash was signed */
    private long spool(InputStream in, Path file, String declared) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        long length = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                length += read;
                if (length > maxBytes) {
                    return -1;
                }
                out.write(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha256.digest()).equalsIgnoreCase(declared.strip()) ? length : -2;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        problems.write(request, response, status, code, request.getRequestURI());
    }

    private static @Nullable Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    /** The request with its body read back from the work file, for a controller that takes it as JSON. */
    private static final class SpooledRequest extends HttpServletRequestWrapper {

        private final Path body;

        SpooledRequest(HttpServletRequest request, Path body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            InputStream in = Files.newInputStream(body);
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int read = in.read();
                    finished = read < 0;
                    return read;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int read = in.read(buffer, offset, length);
                    finished = read < 0;
                    return read;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is on disk already; read it blocking");
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
        }
    }
}
