package vn.tuoitreso.review;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;

/** The judging progress of every panel, counted in the database for reports. */
@Service
@RolesAllowed({"ORGANISER", "ADMIN"})
public class JudgingTallies {

    private final JdbcClient jdbc;
    private final Contests contests;

    JudgingTallies(JdbcClient jdbc, Contests contests) {
        this.jdbc = jdbc;
        this.contests = contests;
    }

    /** Every panel's progress, newest contest first. */
    @Transactional(readOnly = true)
    public List<JudgingProgress> progress() {
        Map<Long, ContestSummary> byId = new HashMap<>();
        contests.all().forEach(c -> byId.put(c.id(), c));
        return jdbc.sql("""
                SELECT p.id, p.contest_id, p.round_id, COUNT(a.id),
                       COALESCE(SUM(a.state = 'SUBMITTED'), 0), COALESCE(SUM(a.state IN ('ASSIGNED', 'DRAFT')), 0),
                       COALESCE(SUM(a.state = 'CONFLICT'), 0), p.published_at IS NOT NULL
                FROM review_panel p LEFT JOIN review_assignment a ON a.panel_id = p.id
                GROUP BY p.id, p.contest_id, p.round_id, p.published_at
                ORDER BY p.contest_id DESC, p.round_id""")
                .query((rs, n) -> {
                    ContestSummary contest = byId.get(rs.getLong(2));
                    long roundId = rs.getLong(3);
                    String round = contest == null ? "" : contest.rounds().stream().filter(r -> r.id() == roundId)
                            .map(r -> r.plan().name()).findFirst().orElse("");
                    return new JudgingProgress(rs.getLong(1), contest == null ? "" : contest.settings().title(),
                            round, rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBoolean(8));
                }).list();
    }
}
