package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A revision of the main file as the document page lists it.
 *
 * @param body the text it was composed from, to compose the next version from
 */
public record VersionView(UUID id, int number, String fileName, long size, VersionSource source, boolean hasSource,
        @Nullable String body, String author, Instant createdAt) {
}
