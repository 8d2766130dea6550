package vn.tuoitreso.quiz;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One question after submission: its mark and, when the review policy allows, feedback and the right answer. */
public record QuestionOutcome(int slot, String html, double fraction, boolean correct, List<String> feedback,
        @Nullable String rightAnswer) {

    public QuestionOutcome {
        feedback = List.copyOf(feedback);
    }
}
