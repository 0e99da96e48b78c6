package vn.vanthu.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How one system proves to another that a request is its own and unchanged, in the manner of the national hub's SDK:
 * HMAC-SHA256 with the secret the two share over the method, the path, the time, the SHA-256 of the body and the
 * sender's id, each on its own line. The receiver refuses a request whose time is too far from its own, so a
 * captured request cannot be played again later.
 */
public final class RequestSignature {

    public static final String SYSTEM = "X-VanThu-System";
    public static final String TIMESTAMP = "X-VanThu-Timestamp";
    public static final String CONTENT_SHA256 = "X-VanThu-Content-SHA256";
    public static final String SIGNATURE = "X-VanThu-Signature";

    private RequestSignature() {
    }

    /** The signature header's value. */
    public static String sign(byte[] secret, String method, String path, Instant timestamp, String contentSha256,
            String systemId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String canonical = String.join("\n", method, path, timestamp.toString(), contentSha256, systemId);
            return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    /** Compares in constant time, so the answer's timing tells nothing about the expected value. */
    static boolean matches(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
