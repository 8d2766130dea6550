package vn.tuoitreso.reporting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.json.JsonMapper;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.UnitType;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;

/**
 * Figures for the reports written straight into the owning modules' tables, at chosen instants (UTC, as the
 * platform stores them), so that a test can count by hand what each report must show. Units are made through
 * the identity service, under the province.
 */
public final class ReportingFixture {

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Units units;
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    private int sequence;

    public ReportingFixture(JdbcTemplate jdbc, Units units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public long unit(@Nullable Long parentId, String name) {
        String code = "RPT-" + run + "-" + (++sequence);
        return SystemTasks.runAsSystem(() -> {
            Long parent = parentId != null ? parentId
                    : units.tree().stream().filter(u -> u.parentId() == null).findFirst().map(UnitSummary::id)
                            .orElse(null);
            return units.create(parent, code, name + " " + run, UnitType.COMMUNE).id();
        });
    }

    public long member(long unitId, Instant createdAt, boolean enabled) {
        return insert("""
                INSERT INTO identity_account (full_name, email, password_hash, birth_year, unit_id, enabled, created_at)
                VALUES (?, ?, 'x', 2004, ?, ?, ?)""", "Đoàn viên " + run, "rpt." + run.toLowerCase(java.util.Locale.ROOT)
                + "." + (++sequence) + "@test.tuoitreso.vn", unitId, enabled, utc(createdAt));
    }

    public long course(String title) {
        return insert("""
                INSERT INTO learning_course (slug, title, summary, level, published, search_text, updated_at)
                VALUES (?, ?, '', 'BASIC', TRUE, '', ?)""", "rpt-" + run.toLowerCase(java.util.Locale.ROOT) + "-"
                + (++sequence), title + " " + run, utc(Instant.now()));
    }

    public long quiz(long courseId, int passPercent) {
        return insert("INSERT INTO quiz_quiz (course_id, title, pass_percent) VALUES (?, 'Bài kiểm tra', ?)",
                courseId, passPercent);
    }

    public void enrolment(long courseId, long accountId, Instant enrolledAt, @Nullable Instant completedAt) {
        insert("INSERT INTO learning_enrolment (course_id, account_id, enrolled_at, completed_at) VALUES (?, ?, ?, ?)",
                courseId, accountId, utc(enrolledAt), completedAt == null ? null : utc(completedAt));
    }

    /** A lesson of a course, in a section of its own. */
    public long lesson(long courseId) {
        long section = insert("INSERT INTO learning_section (course_id, title, position) VALUES (?, 'Phần', ?)",
                courseId, ++sequence);
        return insert("""
                INSERT INTO learning_lesson (course_id, section_id, slug, title, body, position)
                VALUES (?, ?, ?, 'Bài học', '', ?)""", courseId, section, "bai-" + (++sequence), sequence);
    }

    /** A lesson marked done by a learner enrolled in its course. */
    public void lessonDone(long lessonId, long accountId, Instant completedAt) {
        int rows = jdbc.update("""
                INSERT INTO learning_completion (enrolment_id, lesson_id, completed_at)
                SELECT e.id, l.id, ? FROM learning_enrolment e JOIN learning_lesson l ON l.course_id = e.course_id
                WHERE l.id = ? AND e.account_id = ?""", utc(completedAt), lessonId, accountId);
        if (rows != 1) {
            throw new IllegalStateException("not enrolled in the lesson's course");
        }
    }

    public void attempt(long quizId, long accountId, @Nullable Instant submittedAt, @Nullable Double score) {
        Integer number = jdbc.queryForObject(
                "SELECT COUNT(*) + 1 FROM quiz_attempt WHERE quiz_id = ? AND account_id = ?", Integer.class,
                quizId, accountId);
        insert("""
                INSERT INTO quiz_attempt (quiz_id, account_id, number, started_at, submitted_at, score)
                VALUES (?, ?, ?, ?, ?, ?)""", quizId, accountId, number,
                utc(submittedAt == null ? Instant.now() : submittedAt), submittedAt == null ? null : utc(submittedAt),
                score);
    }

    public void certificate(long accountId, long courseId, Instant issuedAt, @Nullable Instant revokedAt) {
        insert("""
                INSERT INTO certificate_certificate (code, account_id, course_id, holder_name, course_title, issued_at,
                    revoked_at) VALUES (?, ?, ?, 'Đoàn viên', 'Khóa học', ?, ?)""",
                "RPT" + run + (++sequence), accountId, courseId, utc(issuedAt),
                revokedAt == null ? null : utc(revokedAt));
    }

    public long contest(String title) {
        return insert("INSERT INTO contest_contest (title, rules, created_at) VALUES (?, '', ?)", title + " " + run,
                utc(Instant.now()));
    }

    public long category(long contestId, String name) {
        return insert("INSERT INTO contest_category (contest_id, name, position) VALUES (?, ?, ?)", contestId, name,
                ++sequence);
    }

    public long round(long contestId, String name) {
        return insert("""
                INSERT INTO contest_round (contest_id, name, submission_opens, submission_closes, position)
                VALUES (?, ?, ?, ?, 0)""", contestId, name, utc(Instant.parse("2024-01-01T00:00:00Z")),
                utc(Instant.parse("2026-01-01T00:00:00Z")));
    }

    /** An idea with its sent revisions as the contest keeps them, so that it is whole for every module that reads it. */
    public long idea(long contestId, long roundId, @Nullable Long categoryId, long ownerId, long unitId, String status,
            int revision, @Nullable Instant submittedAt) {
        long id = insert("""
                INSERT INTO contest_submission (contest_id, round_id, category_id, owner_account_id, unit_id, code,
                    status, problem, solution, impact, feasibility, submitted_at, updated_at, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, '', '', '', '', ?, ?, ?)""", contestId, roundId, categoryId, ownerId,
                unitId, "RPT-" + run + "-" + (++sequence), status, submittedAt == null ? null : utc(submittedAt),
                utc(Instant.now()), revision);
        for (int r = 1; r <= revision; r++) {
            IdeaDraft idea = new IdeaDraft("Ý tưởng " + id, "", "", "", "", "", categoryId, List.of());
            jdbc.update("INSERT INTO contest_submission_revision (submission_id, revision, snapshot, created_at) "
                    + "VALUES (?, ?, ?, ?)", id, r, json.writeValueAsString(Map.of("idea", idea, "attachments",
                            List.of())), utc(submittedAt == null ? Instant.now() : submittedAt));
        }
        return id;
    }

    public long panel(long contestId, long roundId) {
        return insert("INSERT INTO review_panel (round_id, contest_id) VALUES (?, ?)", roundId, contestId);
    }

    public void assignment(long panelId, long submissionId, long judgeId, String state) {
        insert("""
                INSERT INTO review_assignment (panel_id, submission_id, judge_account_id, state,
                    comment_for_organisers, feedback, assigned_at) VALUES (?, ?, ?, ?, '', '', ?)""",
                panelId, submissionId, judgeId, state, utc(Instant.now()));
    }

    private long insert(String sql, @Nullable Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        Number key = keys.getKey();
        return key == null ? 0 : key.longValue();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

}
