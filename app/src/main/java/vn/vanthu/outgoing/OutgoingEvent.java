package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;
import vn.vanthu.organisation.AgencyCode;

/** What every step of an outgoing document tells the rest of VanThu; the audit trail keeps each of them. */
public interface OutgoingEvent extends Audited {

    UUID eventId();

    UUID documentId();

    /** The issuing agency. */
    AgencyCode agency();

    /** The user name of who took the step. */
    String actor();

    Instant occurredAt();

    /** The audit action, e.g. {@code outgoing.issued}. */
    String action();

    Map<String, String> facts();

    @Override
    default AuditRecord auditRecord() {
        return new AuditRecord(eventId(), occurredAt(), actor(), action(), "outgoing-document",
                documentId().toString(), agency().value(), facts());
    }
}
