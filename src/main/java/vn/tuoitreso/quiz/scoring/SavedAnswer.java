package vn.tuoitreso.quiz.scoring;

import java.time.Instant;
import java.util.Objects;

/**
 * A response saved during an attempt.
 *
 * @param slot    which question of the attempt it answers, from 0
 * @param savedAt when the server saved it
 */
public record SavedAnswer(int slot, Response response, Instant savedAt) {

    public SavedAnswer {
        if (slot < 0) {
            throw new IllegalArgumentException("Slots count from 0, not " + slot);
        }
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
