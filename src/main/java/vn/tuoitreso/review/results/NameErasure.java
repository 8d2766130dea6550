package vn.tuoitreso.review.results;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.AccountDeleted;

/**
 * A deleted account's name leaves the published results and its choices are forgotten; the prize stays with
 * the idea. Safe to run twice.
 */
@Component
class NameErasure {

    private final JdbcTemplate jdbc;

    NameErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountDeleted event) {
        jdbc.update("DELETE FROM review_name_consent WHERE account_id = ?", event.accountId());
        jdbc.update("UPDATE review_award_member SET full_name = '' WHERE account_id = ?", event.accountId());
    }
}
