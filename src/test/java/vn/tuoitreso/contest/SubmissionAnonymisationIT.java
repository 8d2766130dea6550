package vn.tuoitreso.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tuoitreso.identity.AccountDeletion;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

/** When a contestant deletes their account, their entry stays for the contest's record but has no owner. */
@PlatformTest
class SubmissionAnonymisationIT extends ContestScenario {

    @Autowired
    AccountDeletion deletion;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_deleted_contestants_entry_stays_but_loses_its_owner() {
        ContestSummary contest = publishedContest(new ContestDraft("Cuộc thi ẩn danh " + System.nanoTime(),
                "## Thể lệ", null, null, 5, 5, 20, 50), List.of("Học tập"));
        SubmissionSummary draft = submissions.start(contest.rounds().get(0).id());
        assertThat(owner(draft.id())).isEqualTo(contestant.id());

        deletion.deleteMine(TestAccounts.PASSWORD);
        SecurityContextHolder.clearContext();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> owner(draft.id()) == null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contest_submission WHERE id = ?", Integer.class,
                draft.id())).isEqualTo(1);
    }

    private Long owner(long submissionId) {
        return jdbc.queryForObject("SELECT owner_account_id FROM contest_submission WHERE id = ?", Long.class,
                submissionId);
    }
}
