package vn.tuoitreso.contest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.AccountDeleted;

/**
 * A deleted account's contest entries are anonymised: they keep their content for the contest's record but
 * lose their owner, and the person's place in any team loses their account and name.
 */
@Component
class SubmissionAnonymisation {

    private final JdbcTemplate jdbc;

    SubmissionAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountDeleted event) {
        jdbc.update("UPDATE contest_submission SET owner_account_id = NULL WHERE owner_account_id = ?",
                event.accountId());
        jdbc.update("UPDATE contest_team_member SET account_id = NULL, full_name = '' WHERE account_id = ?",
                event.accountId());
    }
}
