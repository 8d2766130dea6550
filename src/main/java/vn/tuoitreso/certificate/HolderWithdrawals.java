package vn.tuoitreso.certificate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.AccountDeleted;

/** A deleted account's certificates stay verifiable as "issued, holder withdrew", without the holder's name. */
@Component
class HolderWithdrawals {

    private final JdbcTemplate jdbc;

    HolderWithdrawals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountDeleted event) {
        jdbc.update("UPDATE certificate_certificate SET account_id = NULL, holder_name = '', holder_withdrew_at = ?"
                + " WHERE account_id = ?", java.time.LocalDateTime.ofInstant(event.at(), java.time.ZoneOffset.UTC),
                event.accountId());
    }
}
