package vn.tuoitreso.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.shared.Tally;

/**
 * Enrolments and completions counted in the database for reports: by the learner's unit, course and month of the
 * province, over a period {@code [from, until)}. No person appears in them.
 */
@Service
@RolesAllowed({"ORGANISER", "ADMIN"})
public class LearningTallies {

    private final JdbcClient jdbc;

    LearningTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enrolments made in the period, by unit, course and month; of one course when {@code courseId} is set. */
    @Transactional(readOnly = true)
    public List<Tally> enrolments(Instant from, Instant until, @Nullable Long courseId) {
        return byUnitCourseMonth("enrolled_at", from, until, courseId);
    }

    /** Courses completed in the period, by unit, course and month. */
    @Transactional(readOnly = true)
    public List<Tally> completions(Instant from, Instant until, @Nullable Long courseId) {
        return byUnitCourseMonth("completed_at", from, until, courseId);
    }

    /** The learners who completed at least one course in the period, by unit (subject 0, no month). */
    @Transactional(readOnly = true)
    public List<Tally> completers(Instant from, Instant until) {
        return jdbc.sql("""
                SELECT m.unit_id, COUNT(DISTINCT e.account_id)
                FROM learning_enrolment e JOIN identity_member m ON m.account_id = e.account_id
                WHERE e.completed_at >= :from AND e.completed_at < :until
                GROUP BY m.unit_id""")
                .param("from", Tally.utc(from)).param("until", Tally.utc(until))
                .query((rs, n) -> new Tally(rs.getLong(1), 0, "", rs.getLong(2))).list();
    }

    /**
     * What each of these learners did in the period: enrolments, completed courses and lessons done, of one
     * course when {@code courseId} is set. Learners who did nothing are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, StudyTally> studies(Collection<Long> accountIds, Instant from, Instant until,
            @Nullable Long courseId) {
        Map<Long, StudyTally> studies = new HashMap<>();
        if (accountIds.isEmpty()) {
            return studies;
        }
        jdbc.sql("""
                SELECT e.account_id,
                       COUNT(DISTINCT CASE WHEN e.enrolled_at >= :from AND e.enrolled_at < :until THEN e.id END),
                       COUNT(DISTINCT CASE WHEN e.completed_at >= :from AND e.completed_at < :until THEN e.id END),
                       COUNT(c.lesson_id)
                FROM learning_enrolment e
                LEFT JOIN learning_completion c ON c.enrolment_id = e.id
                     AND c.completed_at >= :from AND c.completed_at < :until
                WHERE e.account_id IN (:accounts) AND (:course IS NULL OR e.course_id = :course)
                GROUP BY e.account_id""")
                .param("accounts", accountIds).param("from", Tally.utc(from)).param("until", Tally.utc(until))
                .param("course", courseId)
                .query((rs, n) -> studies.put(rs.getLong(1), new StudyTally(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4))))
                .list();
        return studies;
    }

    /** Every course's title by ID, published or not, in the catalogue's order. */
    @Transactional(readOnly = true)
    public Map<Long, String> courseTitles() {
        Map<Long, String> titles = new LinkedHashMap<>();
        jdbc.sql("SELECT id, title FROM learning_course ORDER BY display_order, title")
                .query((rs, n) -> titles.put(rs.getLong(1), rs.getString(2))).list();
        return titles;
    }

    private List<Tally> byUnitCourseMonth(String column, Instant from, Instant until, @Nullable Long courseId) {
        return jdbc.sql("SELECT m.unit_id, e.course_id, " + Tally.monthOf("e." + column) + " AS month, COUNT(*)"
                + " FROM learning_enrolment e JOIN identity_member m ON m.account_id = e.account_id"
                + " WHERE e." + column + " >= :from AND e." + column + " < :until"
                + " AND (:course IS NULL OR e.course_id = :course)"
                + " GROUP BY m.unit_id, e.course_id, month")
                .param("from", Tally.utc(from)).param("until", Tally.utc(until)).param("course", courseId)
                .query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4))).list();
    }
}
