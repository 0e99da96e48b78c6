package vn.vanthu.signature;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/**
 * A signature was made: who signed, which kind, on what (the file before and after, and the document it belongs to,
 * as the caller named it), when and at which level. The signing-rate report counts these.
 */
public record DocumentSigned(UUID signatureId, SignatureKind kind, UUID signerId, String signerUsername,
        String agencyCode, UUID certificateId, String originalSha256, String signedSha256,
        @Nullable String documentRef, String level, Instant signedAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(signatureId, signedAt, signerUsername, "signature.signed." + kind.name(), "file",
                signedSha256, agencyCode, Map.of("original", originalSha256, "level", level,
                        "document", documentRef == null ? "" : documentRef, "certificate", certificateId.toString()));
    }
}
