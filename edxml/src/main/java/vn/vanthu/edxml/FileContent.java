package vn.vanthu.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An attachment's bytes in a file. The parser decodes every attachment into one of these in the directory it
 * was given; from then on the file is the caller's, to move into storage or to delete.
 *
 * @param file the file; required
 * @param size its size in bytes
 */
public record FileContent(Path file, long size) implements AttachmentContent {

    public FileContent {
        Check.required(file, "file");
    }

    static FileContent of(Path file) {
        try {
            return new FileContent(file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }
}
