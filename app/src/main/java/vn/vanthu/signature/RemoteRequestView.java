package vn.vanthu.signature;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A signing request waiting for (or answered by) the official's phone.
 *
 * @param dataToSign what the phone signs (base64): DSS's data-to-sign, the DER of the signed attributes; the phone
 *     signs it with ECDSA P-256 and SHA-256 (WebCrypto) and sends back the raw signature
 * @param certificateId the phone certificate it is for: a phone answers only the requests for its own key
 * @param state {@code PENDING}, {@code SIGNING} (the phone's answer being applied), {@code SIGNED}, {@code REJECTED}
 *     or {@code EXPIRED}
 */
public record RemoteRequestView(UUID id, UUID certificateId, String subject, String state, Instant createdAt,
        Instant expiresAt, String dataToSign, @Nullable String signedSha256) {
}
