package vn.vanthu.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL cluster per data directory and JVM. Test suites start many application contexts; they
 * all share the cluster instead of starting one each. It stops when the last context using it closes, after that
 * context's connection pool and everything that writes through it.
 */
final class EmbeddedDatabaseServer {

    static final String SUPERUSER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Map<Path, EmbeddedDatabaseServer> RUNNING = new HashMap<>();

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final String databaseName;
    private int contexts;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres, Path directory, String databaseName) {
        this.postgres = postgres;
        this.directory = directory;
        this.databaseName = databaseName;
    }

    static EmbeddedDatabaseServer startOrReuse(EmbeddedDatabaseProperties properties) {
        Path directory = properties.directory().toAbsolutePath().normalize();
        synchronized (RUNNING) {
            EmbeddedDatabaseServer server = RUNNING.computeIfAbsent(directory, dir -> start(dir, properties));
            server.contexts++;
            return server;
        }
    }

    /** Called as an application context closes; the last one stops the server. */
    void release() throws IOException {
        synchronized (RUNNING) {
            if (--contexts > 0) {
                return;
            }
            RUNNING.remove(directory);
        }
        LOG.info("Stopping the embedded PostgreSQL serving {}", directory);
        postgres.close();
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, databaseName);
    }

    private static EmbeddedDatabaseServer start(Path directory, EmbeddedDatabaseProperties properties) {
        try {
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(properties.cleanStart())
                    .setPort(properties.port())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky turns durability off for speed; a kept cluster holds real work, a wiped one only tests
                    .setServerConfig("synchronous_commit", properties.cleanStart() ? "off" : "on")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    // stopped by release(), after the pools; zonky's own hook would stop it under them
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(postgres, directory, properties.databaseName());
            server.createDatabaseIfMissing();
            LOG.info("Embedded PostgreSQL is serving {} from {}", server.jdbcUrl(), directory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * A VanThu killed hard (kill -9, a closed terminal) leaves its PostgreSQL running on the data directory, and the
     * next start would refuse to share it. The server's pid file names it; stop it first, but only when no other
     * VanThu holds the directory's lock (zonky's {@code epg-lock}) and the process really serves this directory.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel lock = FileChannel.open(directory.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = lock.tryLock()) {
            if (held == null) {
                return;
            }
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            if (!firstLine.matches("\\d+")) {
                return;
            }
            String dataDirectory = directory.toString();
            ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine().map(line -> line.contains("postgres")
                            && line.contains(dataDirectory)).orElse(false))
                    .ifPresent(orphan -> {
                        LOG.warn("Stopping the embedded PostgreSQL (pid {}) a previous run left behind", orphan.pid());
                        orphan.destroy();
                        orphan.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                    });
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // the name comes from configuration, never from a request; quote it all the same
                create.execute("create database \"" + databaseName.replace("\"", "\"\"") + "\" encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + databaseName, e);
        }
    }
}
