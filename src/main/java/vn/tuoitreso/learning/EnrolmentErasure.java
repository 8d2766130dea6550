package vn.tuoitreso.learning;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.AccountDeleted;

/** A deleted account's enrolments and lesson progress are deleted (completions go with their enrolment). */
@Component
class EnrolmentErasure {

    private final JdbcTemplate jdbc;

    EnrolmentErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountDeleted event) {
        jdbc.update("DELETE FROM learning_enrolment WHERE account_id = ?", event.accountId());
    }
}
