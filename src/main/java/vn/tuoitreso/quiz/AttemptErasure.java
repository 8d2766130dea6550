package vn.tuoitreso.quiz;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.AccountDeleted;

/** A deleted account's quiz attempts are deleted (their answers go with them). */
@Component
class AttemptErasure {

    private final JdbcTemplate jdbc;

    AttemptErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountDeleted event) {
        jdbc.update("DELETE FROM quiz_attempt WHERE account_id = ?", event.accountId());
    }
}
