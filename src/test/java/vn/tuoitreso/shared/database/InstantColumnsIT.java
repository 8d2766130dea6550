package vn.tuoitreso.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tuoitreso.test.PlatformTest;

/** Instants are stored as UTC in DATETIME(6), and the migration from TIMESTAMP(6) keeps every value. */
@PlatformTest
class InstantColumnsIT {

    @Autowired
    DataSource dataSource;

    @Test
    void every_instant_column_is_a_datetime() {
        List<String> leftovers = new JdbcTemplate(dataSource).queryForList("""
                SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns
                WHERE table_schema = DATABASE() AND data_type = 'timestamp' AND table_name <> 'flyway_schema_history'""", String.class);
        assertThat(leftovers).isEmpty();
    }

    @Test
    void modifying_a_timestamp_column_to_datetime_keeps_the_utc_values_the_application_wrote() throws Exception {
        Instant written = Instant.parse("2031-07-14T23:30:00.123456Z");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            // A session in the province's zone: the value must not move by seven hours.
            sql.execute("SET time_zone = '+07:00'");
            sql.execute("CREATE TEMPORARY TABLE instant_probe (at TIMESTAMP(6) NULL)");
            // As Hibernate writes with hibernate.jdbc.time_zone=UTC: the UTC wall clock.
            sql.execute("INSERT INTO instant_probe VALUES ('"
                    + Timestamp.valueOf(LocalDateTime.ofInstant(written, ZoneOffset.UTC)) + "')");
            sql.execute("ALTER TABLE instant_probe MODIFY at DATETIME(6) NULL");
            sql.execute("SET time_zone = '+00:00'");
            try (ResultSet row = sql.executeQuery("SELECT at FROM instant_probe")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC)).isEqualTo(written);
            }
            sql.execute("DROP TEMPORARY TABLE instant_probe");
        }
    }
}
