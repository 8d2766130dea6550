package vn.tuoitreso.identity;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.shared.Tally;

/**
 * How many members each unit has, counted in the database, for reports. Other modules' aggregate queries find a
 * member's unit through the view {@code identity_member (account_id, unit_id)}, which identity publishes for that
 * purpose alone.
 */
@Service
public class Members {

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled accounts registered before {@code until}, by unit ID (units without members are absent). */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public Map<Long, Long> perUnit(Instant until) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT unit_id, COUNT(*) FROM identity_account
                WHERE enabled = TRUE AND created_at < :until GROUP BY unit_id""")
                .param("until", Tally.utc(until))
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }
}
