package vn.tuoitreso.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

    private static final Instant START = Instant.parse("2025-09-02T01:00:00Z");
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final Instant DEADLINE = Instant.parse("2025-09-02T01:20:00Z");

    private static SavedAnswer saved(int slot, String text, Instant at) {
        return new SavedAnswer(slot, new Response.Text(text), at);
    }

    @Test
    void the_deadline_is_the_start_plus_the_limit() {
        assertThat(TimeLimit.deadline(START, LIMIT)).isEqualTo(DEADLINE);
    }

    @Test
    void time_is_up_only_after_the_deadline() {
        assertThat(TimeLimit.expired(START, LIMIT, START)).isFalse();
        assertThat(TimeLimit.expired(START, LIMIT, DEADLINE)).isFalse();
        assertThat(TimeLimit.expired(START, LIMIT, DEADLINE.plusMillis(1))).isTrue();
    }

    @Test
    void answers_saved_up_to_the_deadline_count_and_later_ones_do_not() {
        SavedAnswer early = saved(0, "OTP", START.plusSeconds(30));
        SavedAnswer lastSecond = saved(1, "VNeID", DEADLINE.minusSeconds(1));
        SavedAnswer onTime = saved(2, "113", DEADLINE);
        SavedAnswer late = saved(3, "dichvucong.gov.vn", DEADLINE.plusMillis(1));
        assertThat(TimeLimit.answersThatCount(START, LIMIT, List.of(late, early, onTime, lastSecond)))
                .containsExactly(early, onTime, lastSecond);
    }

    @Test
    void the_latest_answer_saved_in_time_is_the_one_that_counts_for_each_question() {
        List<SavedAnswer> saved = List.of(
                saved(0, "mã OTP", START.plusSeconds(200)),
                saved(0, "OTP", START.plusSeconds(100)),
                saved(1, "VNeID", START.plusSeconds(50)),
                saved(1, "VNeID mức 2", DEADLINE.plusSeconds(5)),
                saved(2, "113", DEADLINE.plusSeconds(1)));
        assertThat(TimeLimit.finalResponses(START, LIMIT, saved)).isEqualTo(Map.of(
                0, new Response.Text("mã OTP"), 1, new Response.Text("VNeID")));
    }

    @Test
    void a_limit_must_be_some_time() {
        assertThatThrownBy(() -> TimeLimit.expired(START, Duration.ZERO, START))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeLimit.answersThatCount(START, Duration.ofMinutes(-5), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
