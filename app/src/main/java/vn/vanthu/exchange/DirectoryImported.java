package vn.vanthu.exchange;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.vanthu.core.AuditRecord;
import vn.vanthu.core.Audited;

/**
 * The national directory was loaded from a file: how many agencies it added, changed and found as they were. Audited
 * as one event, as other bulk imports are, not one per agency.
 */
public record DirectoryImported(UUID eventId, String fileName, String format, int created, int updated,
        int unchanged, String actor, Instant occurredAt) implements Audited {

    @Override
    public AuditRecord auditRecord() {
        return new AuditRecord(eventId, occurredAt, actor, "exchange.directory.imported", "directory", "national",
                null, Map.of("file", fileName, "format", format, "created", String.valueOf(created),
                        "updated", String.valueOf(updated), "unchanged", String.valueOf(unchanged)));
    }
}
