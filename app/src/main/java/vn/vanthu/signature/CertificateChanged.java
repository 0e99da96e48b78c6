package vn.vanthu.signature;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/** A signing certificate was issued, imported, enrolled on a phone, given a new PIN or revoked ({@code action}). */
public record CertificateChanged(UUID eventId, UUID certificateId, String agencyCode, String action,
        Map<String, String> details, String actor, Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, actor, action, "certificate", certificateId.toString(),
                agencyCode, details);
    }
}
