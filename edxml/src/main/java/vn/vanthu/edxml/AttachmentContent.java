package vn.vanthu.edxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where an attachment's bytes come from. The writer opens it once and streams it into base64, so a
 * 200 MB file never sits in memory as a String; the parser hands back {@link FileContent}.
 */
@FunctionalInterface
public interface AttachmentContent {

    /** Opens the bytes; the caller closes the stream. */
    InputStream open() throws IOException;

    /** Bytes already in memory: for small files and tests. */
    static AttachmentContent of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return () -> new ByteArrayInputStream(copy);
    }

    /** A file on disk, read when the package is written. */
    static AttachmentContent of(Path file) {
        return FileContent.of(file);
    }
}
