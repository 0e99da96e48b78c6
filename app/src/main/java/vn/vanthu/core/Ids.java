package vn.vanthu.core;

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
}
