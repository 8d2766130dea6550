package vn.tuoitreso.quiz;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An open attempt as the learner works on it: the questions and, when timed, the deadline. */
public record AttemptSheet(long attemptId, long quizId, String title, int number, @Nullable Instant deadline,
        List<SheetQuestion> questions) {

    public AttemptSheet {
        questions = List.copyOf(questions);
    }
}
