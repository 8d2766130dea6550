package vn.tuoitreso.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.identity.Role;

class AccountLockTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final Account account = new Account("Lò Văn Pó", Contact.parse("po@example.vn").orElseThrow(), "hash",
            2001, 1, NOW);

    @Test
    void a_new_account_is_a_learner() {
        assertThat(account.roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void the_first_failures_do_not_lock() {
        account.loginFailed(NOW, 3, 6, LOCK);
        account.loginFailed(NOW, 3, 6, LOCK);
        assertThat(account.lockedAt(NOW)).isFalse();
    }

    @Test
    void repeated_failures_are_slowed_with_growing_waits() {
        fail(3);
        assertThat(account.lockedUntil()).isEqualTo(NOW.plusSeconds(30));
        account.loginFailed(NOW, 3, 6, LOCK);
        assertThat(account.lockedUntil()).isEqualTo(NOW.plusSeconds(60));
        assertThat(account.lockedAt(NOW.plusSeconds(59))).isTrue();
        assertThat(account.lockedAt(NOW.plusSeconds(61))).isFalse();
    }

    @Test
    void many_failures_lock_the_account_for_the_lock_period() {
        fail(6);
        assertThat(account.lockedUntil()).isEqualTo(NOW.plus(LOCK));
    }

    @Test
    void a_successful_login_clears_the_count() {
        fail(4);
        account.loginSucceeded();
        assertThat(account.failedLogins()).isZero();
        assertThat(account.lockedAt(NOW)).isFalse();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            account.loginFailed(NOW, 3, 6, LOCK);
        }
    }
}
