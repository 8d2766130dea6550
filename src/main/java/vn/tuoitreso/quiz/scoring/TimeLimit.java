package vn.tuoitreso.quiz.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The time-limit rule: only answers saved at or before the attempt's start plus its limit count. */
public final class TimeLimit {

    private TimeLimit() {
    }

    /** The moment answers stop counting. */
    public static Instant deadline(Instant start, Duration limit) {
        Objects.requireNonNull(start, "start");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("A time limit is above zero, not " + limit);
        }
        return start.plus(limit);
    }

    /** Whether the time is up at {@code now}; at the deadline itself it is not yet. */
    public static boolean expired(Instant start, Duration limit, Instant now) {
        return now.isAfter(deadline(start, limit));
    }

    /** The saved answers that count, in their given order. */
    public static List<SavedAnswer> answersThatCount(Instant start, Duration limit, List<SavedAnswer> saved) {
        Instant deadline = deadline(start, limit);
        return saved.stream().filter(answer -> !answer.savedAt().isAfter(deadline)).toList();
    }

    /** For each slot, the latest response saved in time; a later save of the same slot replaces an earlier one. */
    public static Map<Integer, Response> finalResponses(Instant start, Duration limit, List<SavedAnswer> saved) {
        Map<Integer, Response> responses = new HashMap<>();
        answersThatCount(start, limit, saved).stream()
                .sorted(Comparator.comparing(SavedAnswer::savedAt))
                .forEach(answer -> responses.put(answer.slot(), answer.response()));
        return Map.copyOf(responses);
    }
}
