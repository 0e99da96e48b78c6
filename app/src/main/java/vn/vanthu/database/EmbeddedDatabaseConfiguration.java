package vn.vanthu.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Gives VanThu a database without installing one: when {@code spring.datasource.url} (VANTHU_DB_URL) is empty,
 * it starts PostgreSQL from the zonky binaries and points the connection pool at it. Same dialect as production.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    /**
     * Production runs on an external server: the embedded one trusts every local connection as its superuser and has
     * no replicas or backups. {@code vanthu.database.embedded.allow-in-production} lifts that for an evaluation.
     */
    @Bean(destroyMethod = "release")
    EmbeddedDatabaseServer embeddedDatabaseServer(EmbeddedDatabaseProperties properties, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod")) && !properties.allowInProduction()) {
            throw new IllegalStateException("Production needs an external PostgreSQL: set VANTHU_DB_URL, "
                    + "VANTHU_DB_USER and VANTHU_DB_PASSWORD.");
        }
        return EmbeddedDatabaseServer.startOrReuse(properties);
    }

    /** The pool takes the usual {@code spring.datasource.hikari.*} settings, as for an external server. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabaseServer server) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(server.jdbcUrl())
                .username(EmbeddedDatabaseServer.SUPERUSER)
                .build();
        dataSource.setPoolName("vanthu-embedded");
        return dataSource;
    }
}
