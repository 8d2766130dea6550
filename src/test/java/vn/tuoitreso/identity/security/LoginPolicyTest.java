package vn.tuoitreso.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    private final LoginPolicy policy = new LoginPolicy(3, 6, 15, 200);

    @Test
    void the_first_failures_impose_no_wait() {
        assertThat(policy.waitAfter(1)).isNull();
        assertThat(policy.waitAfter(2)).isNull();
    }

    @Test
    void waits_grow_from_thirty_seconds_to_the_lock_period_and_no_further() {
        assertThat(policy.waitAfter(3)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.waitAfter(4)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.waitAfter(5)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.waitAfter(6)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.waitAfter(60)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void the_count_starts_again_once_the_longest_wait_is_over_so_one_more_failure_does_not_lock_again() {
        Instant waitUntil = NOW.plus(Duration.ofMinutes(15));
        assertThat(policy.restartsAt(6, NOW, waitUntil, waitUntil.minusSeconds(1))).isFalse();
        assertThat(policy.restartsAt(6, NOW, waitUntil, waitUntil)).isTrue();
    }

    @Test
    void a_shorter_wait_that_is_over_keeps_the_count_so_waits_grow() {
        assertThat(policy.restartsAt(3, NOW, NOW.plusSeconds(30), NOW.plusSeconds(31))).isFalse();
    }

    @Test
    void a_long_quiet_spell_forgets_old_failures() {
        assertThat(policy.restartsAt(2, NOW, null, NOW.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(policy.restartsAt(2, NOW, null, NOW.plus(Duration.ofMinutes(14)))).isFalse();
    }
}
