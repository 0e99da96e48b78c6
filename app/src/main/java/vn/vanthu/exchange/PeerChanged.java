package vn.vanthu.exchange;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/** A connected system was registered or changed; {@code facts} say what it is now (never its secrets). */
public record PeerChanged(UUID eventId, UUID peerId, String systemId, boolean created, Map<String, String> facts,
        String actor, Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, actor, created ? "exchange.peer.created" : "exchange.peer.changed",
                "exchange-peer", peerId.toString(), systemId, facts);
    }
}
