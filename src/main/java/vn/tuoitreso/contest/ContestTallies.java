package vn.tuoitreso.contest;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.shared.Tally;

/**
 * Contest ideas counted in the database for reports, by the unit the idea was started in (the contestant's unit
 * then), category and month of the province. An idea counts from its first sending; a withdrawn one does not.
 */
@Service
@RolesAllowed({"ORGANISER", "ADMIN"})
public class ContestTallies {

    private static final String SENT_IN_PERIOD = " FROM contest_submission s WHERE s.revision > 0"
            + " AND s.status <> 'WITHDRAWN' AND s.unit_id IS NOT NULL"
            + " AND s.submitted_at >= :from AND s.submitted_at < :until";

    private final JdbcClient jdbc;

    ContestTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ideas first sent in the period {@code [from, until)}, by unit, category (0 for none) and month. */
    @Transactional(readOnly = true)
    public List<Tally> ideas(Instant from, Instant until) {
        return jdbc.sql("SELECT s.unit_id, COALESCE(s.category_id, 0), " + Tally.monthOf("s.submitted_at")
                + " AS month, COUNT(*)" + SENT_IN_PERIOD + " GROUP BY s.unit_id, COALESCE(s.category_id, 0), month")
                .param("from", Tally.utc(from)).param("until", Tally.utc(until))
                .query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4))).list();
    }

    /** The contestants who sent at least one idea in the period (as its owner), by unit (subject 0, no month). */
    @Transactional(readOnly = true)
    public List<Tally> participants(Instant from, Instant until) {
        return jdbc.sql("SELECT s.unit_id, COUNT(DISTINCT s.owner_account_id)" + SENT_IN_PERIOD
                + " GROUP BY s.unit_id")
                .param("from", Tally.utc(from)).param("until", Tally.utc(until))
                .query((rs, n) -> new Tally(rs.getLong(1), 0, "", rs.getLong(2))).list();
    }

    /** Every category's name with its contest's title, by category ID. */
    @Transactional(readOnly = true)
    public Map<Long, String> categoryNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT g.id, g.name, c.title FROM contest_category g JOIN contest_contest c ON c.id = g.contest_id
                ORDER BY c.id, g.id""")
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2) + " (" + rs.getString(3) + ")")).list();
        return names;
    }
}
