package vn.tuoitreso.quiz;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.shared.Tally;

/** Quiz attempts counted in the database for reports, by the learner's unit, course and month of the province. */
@Service
@RolesAllowed({"ORGANISER", "ADMIN"})
public class QuizTallies {

    /** As {@code Grading.passes}: a score short of the mark only by rounding passes. */
    private static final double SLACK = 1e-9;

    private final JdbcClient jdbc;

    QuizTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Attempts submitted (scored) in the period {@code [from, until)}; of one course when {@code courseId} is set. */
    @Transactional(readOnly = true)
    public List<QuizTally> attempts(Instant from, Instant until, @Nullable Long courseId) {
        return jdbc.sql("SELECT m.unit_id, q.course_id, " + Tally.monthOf("a.submitted_at") + " AS month,"
                + " COUNT(*), SUM(CASE WHEN a.score >= q.pass_percent / 100.0 - :slack THEN 1 ELSE 0 END)"
                + " FROM quiz_attempt a JOIN quiz_quiz q ON q.id = a.quiz_id"
                + " JOIN identity_member m ON m.account_id = a.account_id"
                + " WHERE a.submitted_at >= :from AND a.submitted_at < :until AND a.score IS NOT NULL"
                + " AND (:course IS NULL OR q.course_id = :course)"
                + " GROUP BY m.unit_id, q.course_id, month")
                .param("from", Tally.utc(from)).param("until", Tally.utc(until)).param("course", courseId)
                .param("slack", SLACK)
                .query((rs, n) -> new QuizTally(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    /**
     * How many quizzes each of these learners passed in the period (a quiz passed twice counts once), of one
     * course when {@code courseId} is set. Learners who passed none are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> passedBy(Collection<Long> accountIds, Instant from, Instant until,
            @Nullable Long courseId) {
        Map<Long, Long> passed = new HashMap<>();
        List<Long> quizzes = jdbc.sql("SELECT id FROM quiz_quiz WHERE :course IS NULL OR course_id = :course")
                .param("course", courseId).query(Long.class).list();
        if (accountIds.isEmpty() || quizzes.isEmpty()) {
            return passed;
        }
        // the quizzes named one by one: with the learners they make ranges of the (quiz, account) key
        jdbc.sql("""
                SELECT a.account_id, COUNT(DISTINCT a.quiz_id)
                FROM quiz_attempt a JOIN quiz_quiz q ON q.id = a.quiz_id
                WHERE a.quiz_id IN (:quizzes) AND a.account_id IN (:accounts)
                  AND a.submitted_at >= :from AND a.submitted_at < :until
                  AND a.score >= q.pass_percent / 100.0 - :slack
                GROUP BY a.account_id""")
                .param("quizzes", quizzes).param("accounts", accountIds).param("from", Tally.utc(from))
                .param("until", Tally.utc(until)).param("slack", SLACK)
                .query((rs, n) -> passed.put(rs.getLong(1), rs.getLong(2))).list();
        return passed;
    }
}
