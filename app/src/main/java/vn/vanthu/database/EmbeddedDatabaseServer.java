package vn.vanthu.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL cluster per data directory and JVM. Test suites start many application contexts; they
 * all share the cluster instead of starting one each. The cluster stops with the JVM.
 */
final class EmbeddedDatabaseServer {

    static final String SUPERUSER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Map<Path, EmbeddedDatabaseServer> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;
    private final String databaseName;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres, String databaseName) {
        this.postgres = postgres;
        this.databaseName = databaseName;
    }

    static EmbeddedDatabaseServer startOrReuse(EmbeddedDatabaseProperties properties) {
        Path directory = properties.directory().toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(directory, dir -> start(dir, properties));
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, databaseName);
    }

    private static EmbeddedDatabaseServer start(Path directory, EmbeddedDatabaseProperties properties) {
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(properties.cleanStart())
                    .setPort(properties.port())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(postgres, properties.databaseName());
            server.createDatabaseIfMissing();
            LOG.info("Embedded PostgreSQL is serving {} from {}", server.jdbcUrl(), directory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
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
