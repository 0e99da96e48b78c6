package vn.vanthu.core;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * Ids of new rows: UUIDs of version 7 (RFC 9562), whose leading bits are the time they were made. Rows made one
 * after another land side by side at the end of every index keyed by them; random UUIDs put each on a page of its
 * own, and at a million documents a year those pages no longer stay in memory.
 */
public final class Ids {

    private Ids() {
    }

    public static UUID next() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }

    /**
     * The smallest id made at {@code at}: rows made from then on have ids at or above it, so a range of the primary key
     * finds them without an index on their time.
     */
    public static UUID firstAt(Instant at) {
        return new UUID((at.toEpochMilli() << 16) | 0x7000L, 0x8000_0000_0000_0000L);
    }
}
