package vn.vanthu.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.EdxmlParser;

/**
 * Keeps packages on disk under their id, two levels of folders deep so no folder grows past a few thousand
 * entries. A package is written to a work file first and moved into place whole, so a reader never sees half of one.
 */
@Component
class PackageStore {

    private final Path root;
    private final Path work;

    PackageStore(ExchangeSettings settings) throws IOException {
        this.root = Files.createDirectories(settings.directory().toAbsolutePath().normalize().resolve("packages"));
        this.work = Files.createDirectories(settings.directory().toAbsolutePath().normalize().resolve("work"));
    }

    /** A new empty work file, which the caller keeps or deletes. */
    Path workFile(String prefix) {
        try {
            return Files.createTempFile(work, prefix, ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where work files go; a parse that stops at the envelope is given it and writes nothing there. */
    Path workRoot() {
        return work;
    }

    /** A folder for the attachments of one parse. */
    Path workDirectory() {
        try {
            return Files.createTempDirectory(work, "attachments-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void keep(UUID id, Path file) {
        Path target = path(id);
        try {
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep package " + id, e);
        }
    }

    /** The envelope of a stored package, without its attachments. */
    EdxmlMessage header(UUID id) {
        try (InputStream in = Files.newInputStream(path(id))) {
            return new EdxmlParser().parseHeader(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Package " + id + " is missing from the store", e);
        }
    }

    Path path(UUID id) {
        String name = id.toString();
        return root.resolve(name.substring(34, 36)).resolve(name.substring(32, 34)).resolve(name + ".edxml");
    }

    void delete(UUID id) {
        deleteQuietly(path(id));
    }

    static void deleteQuietly(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (var files = Files.list(path)) {
                    files.forEach(PackageStore::deleteQuietly);
                }
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover work file costs disk, not correctness; the next start's sweep can take it
        }
    }
}
