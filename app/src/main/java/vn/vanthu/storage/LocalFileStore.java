package vn.vanthu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * The default store: a folder on disk, {@code ab/cd/abcd…} by the SHA-256, so that no folder holds more than a few
 * thousand files at a province's volume. A file is moved into place whole, so a reader never sees half of one.
 */
@Component
class LocalFileStore implements FileStore {

    private final Path root;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    LocalFileStore(StorageProperties properties) throws IOException {
        this.root = Files.createDirectories(properties.directory().toAbsolutePath().normalize());
    }

    @Override
    public void put(String sha256, Path source) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return;
        }
        moveInto(source, target);
    }

    @Override
    public void put(String sha256, byte[] content) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return;
        }
        Path folder = folder(target);
        // written beside its place and moved in whole, so that a reader never sees half of it
        Path part = folder.resolve(sha256 + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        Files.write(part, content);
        try {
            moveInto(part, target);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private void moveInto(Path source, Path target) throws IOException {
        folder(target);
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // another upload of the same content got there first; content-addressed, so it is the same file
            return;
        }
        target.toFile().setReadOnly();
    }

    /** The folder of {@code target}, made on first use; folders are never removed, so one look each is enough. */
    private Path folder(Path target) throws IOException {
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        return folder;
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(path(sha256));
    }

    private Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
