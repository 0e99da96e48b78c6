package vn.vanthu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where file content lives. Content is written once under its SHA-256 and never changed; an implementation for an
 * S3-compatible store keeps the same contract.
 */
public interface FileStore {

    /** Keeps the checked file at {@code source} under {@code sha256}; content already kept is left as it is. */
    void put(String sha256, Path source) throws IOException;

    /** Keeps checked content held in memory under {@code sha256}; content already kept is left as it is. */
    void put(String sha256, byte[] content) throws IOException;

    InputStream open(String sha256) throws IOException;

    boolean contains(String sha256);
}
