package vn.tuoitreso.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.tuoitreso.test.PlatformTest;

@PlatformTest
class ScaleDataIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void a_small_province_has_the_counts_it_was_asked_for_and_its_learners_can_log_in() throws Exception {
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        ScaleSize size = ScaleSize.SMALL;

        ScaleData.Report report = new ScaleData(dataSource, passwords.encode("HocVien@2026"), tag, false, 7)
                .generate(size);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String learners = "SELECT id FROM identity_account WHERE email LIKE '%@" + tag + ".tuoitreso.vn'";
        assertThat(count(jdbc, "SELECT COUNT(*) FROM identity_account WHERE id IN (" + learners + ")"))
                .isEqualTo(size.learners());
        assertThat(count(jdbc, "SELECT COUNT(*) FROM learning_completion c JOIN learning_enrolment e"
                + " ON e.id = c.enrolment_id WHERE e.account_id IN (" + learners + ")")).isEqualTo(size.completions());
        assertThat(count(jdbc, "SELECT COUNT(*) FROM quiz_attempt WHERE account_id IN (" + learners + ")"))
                .isEqualTo(size.attempts());
        assertThat(count(jdbc, "SELECT COUNT(*) FROM certificate_certificate WHERE account_id IN (" + learners + ")"))
                .isEqualTo(size.certificates());
        assertThat(count(jdbc, "SELECT COUNT(*) FROM contest_submission WHERE contest_id = " + report.contestId()))
                .isEqualTo(size.ideas());
        assertThat(count(jdbc, "SELECT COUNT(*) FROM documents_extraction x JOIN contest_attachment a"
                + " ON x.reference = CONCAT('contest-attachment:', a.id) JOIN contest_submission s"
                + " ON s.id = a.submission_id WHERE s.contest_id = " + report.contestId()
                + " AND LENGTH(x.text) >= 1500")).isPositive();
        // every certificate's enrolment is complete: each lesson of its course done
        assertThat(count(jdbc, """
                SELECT COUNT(*) FROM certificate_certificate k
                JOIN learning_enrolment e ON e.account_id = k.account_id AND e.course_id = k.course_id
                WHERE e.completed_at IS NOT NULL
                  AND (SELECT COUNT(*) FROM learning_completion c WHERE c.enrolment_id = e.id)
                      = (SELECT COUNT(*) FROM learning_lesson l WHERE l.course_id = e.course_id)
                  AND k.account_id IN (""" + learners + ")")).isEqualTo(size.certificates());
        assertThat(report.rows()).containsEntry("learning_completion", (long) size.completions());

        String hash = jdbc.queryForObject("SELECT password_hash FROM identity_account WHERE email = ?", String.class,
                ScaleData.login(tag, 1, false));
        assertThat(passwords.matches("HocVien@2026", hash)).isTrue();
    }

    @Test
    void the_same_seed_gives_the_same_people() throws Exception {
        String first = "a" + UUID.randomUUID().toString().substring(0, 8);
        String second = "b" + UUID.randomUUID().toString().substring(0, 8);
        ScaleSize tiny = new ScaleSize(30, 300, 40, 3, 10);
        new ScaleData(dataSource, "x", first, false, 11).generate(tiny);
        new ScaleData(dataSource, "x", second, false, 11).generate(tiny);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String names = "SELECT GROUP_CONCAT(full_name, '/', unit_id ORDER BY id) FROM identity_account WHERE email LIKE ?";
        assertThat(jdbc.queryForObject(names, String.class, "%@" + first + ".tuoitreso.vn"))
                .isEqualTo(jdbc.queryForObject(names, String.class, "%@" + second + ".tuoitreso.vn"))
                .contains("/");
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
