package vn.tuoitreso.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.identity.Role;

class AccountTest {

    private final Account account = new Account("Lò Văn Pó", Contact.parse("po@example.vn").orElseThrow(), "hash",
            2001, 1, Instant.parse("2026-11-28T03:00:00Z"));

    @Test
    void a_new_account_is_a_learner() {
        assertThat(account.roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void a_disabled_account_can_be_enabled_again() {
        account.disable();
        assertThat(account.enabled()).isFalse();
        account.enable();
        assertThat(account.enabled()).isTrue();
    }

    @Test
    void disabling_taking_a_role_away_and_a_new_password_each_end_the_sessions_and_nothing_else_does() {
        int start = account.sessionEpoch();
        account.grant(Role.JUDGE);
        account.rehashPassword("argon2-of-the-same-password");
        account.changeLanguage("en");
        account.revoke(Role.ORGANISER);
        assertThat(account.sessionEpoch()).as("granting, rehashing, language, a role not held").isEqualTo(start);
        account.revoke(Role.JUDGE);
        assertThat(account.sessionEpoch()).isEqualTo(start + 1);
        account.changePassword("new-hash");
        assertThat(account.sessionEpoch()).isEqualTo(start + 2);
        account.disable();
        account.disable();
        assertThat(account.sessionEpoch()).as("disabling twice ends them once").isEqualTo(start + 3);
    }
}
