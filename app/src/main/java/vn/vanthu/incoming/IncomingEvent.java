package vn.vanthu.incoming;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;
import vn.vanthu.organisation.AgencyCode;

/** What every step of an incoming document tells the rest of VanThu; the audit trail keeps each of them. */
public interface IncomingEvent extends Audited {

    UUID eventId();

    UUID documentId();

    /** The receiving agency. */
    AgencyCode agency();

    /** The user name of who took the step. */
    String actor();

    Instant occurredAt();

    /** The audit action, e.g. {@code incoming.registered}. */
    String action();

    /** The facts of the step worth keeping, as the audit trail shows them. */
    Map<String, String> facts();

    @Override
    default AuditRecord auditRecord() {
        return new AuditRecord(eventId(), occurredAt(), actor(), action(), "incoming-document",
                documentId().toString(), agency().value(), facts());
    }
}
