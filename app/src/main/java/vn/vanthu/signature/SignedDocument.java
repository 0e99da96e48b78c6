package vn.vanthu.signature;

import java.time.Instant;
import java.util.UUID;

/** A newly signed PDF, kept in storage beside the original it was made from. */
public record SignedDocument(UUID signatureId, String sha256, byte[] content, SignatureKind kind, String level,
        Instant signedAt, CertificateView certificate) {
}
