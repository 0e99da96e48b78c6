package vn.vanthu.storage;

import java.time.Instant;

/**
 * A file as VanThu keeps it: named by the SHA-256 of its content, with its size and the type its content shows.
 * Two uploads of the same content are the same stored file.
 */
public record StoredFile(String sha256, long size, String contentType, Instant storedAt) {
}
