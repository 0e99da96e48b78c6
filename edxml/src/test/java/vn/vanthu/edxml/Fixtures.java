package vn.vanthu.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample packages in {@code shared/fixtures/edxml}, written by other systems. The repository is checked out
 * beside {@code shared}, so the folder is found by walking up from the working directory; without it the tests
 * fail rather than pass on nothing.
 */
final class Fixtures {

    private static final Path RELATIVE = Path.of("shared", "fixtures", "edxml");

    private Fixtures() {
    }

    static Path directory() {
        List<Path> looked = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            looked.add(candidate);
        }
        throw new IllegalStateException("the edXML fixtures are missing: no " + RELATIVE + " in " + looked
                + ". Check out the shared folder beside the repository (../../shared/fixtures/edxml from edxml/).");
    }

    static Path file(String name) {
        Path file = directory().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("fixture " + file + " is missing");
        }
        return file;
    }

    static InputStream open(String name) {
        try {
            return Files.newInputStream(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
