package vn.vanthu.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL server, used when {@code VANTHU_DB_URL} is not set.
 *
 * @param directory where the cluster's files live ({@code ./data/postgres} by default)
 * @param port the TCP port on 127.0.0.1; 0 picks a free one
 * @param cleanStart wipe the cluster at start (tests)
 * @param databaseName the database VanThu creates and uses inside the cluster
 * @param allowInProduction let the prod profile run on it (an evaluation); otherwise production refuses it
 */
@ConfigurationProperties("vanthu.database.embedded")
record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path directory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean cleanStart,
        @DefaultValue("vanthu") String databaseName,
        @DefaultValue("false") boolean allowInProduction) {
}
