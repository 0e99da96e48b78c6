package vn.vanthu.edxml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files one parse decodes attachments into. They belong to the caller once the parse succeeds; if it fails,
 * they are deleted, so a refused package leaves nothing behind.
 */
final class AttachmentFiles {

    private final Path directory;
    private final List<Path> created = new ArrayList<>();

    AttachmentFiles(Path directory) {
        this.directory = directory;
    }

    Path create() {
        try {
            Files.createDirectories(directory);
            Path file = Files.createTempFile(directory, "edxml-attachment-", ".bin");
            created.add(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        for (Path file : created) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // best effort: the parse is failing already, and that is what the caller needs to hear
            }
        }
        created.clear();
    }
}
