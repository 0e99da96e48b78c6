package vn.vanthu.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Gives VanThu a database without installing one: when {@code spring.datasource.url} (VANTHU_DB_URL) is empty,
 * it starts PostgreSQL from the zonky binaries and points the connection pool at it. Same dialect as production.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabaseServer embeddedDatabaseServer(EmbeddedDatabaseProperties properties) {
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
