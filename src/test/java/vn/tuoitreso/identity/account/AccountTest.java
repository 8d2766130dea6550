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
}
