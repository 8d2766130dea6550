package vn.tuoitreso.learning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A course the learner is enrolled in, with progress and the lesson to continue with. */
public record MyCourse(CourseSummary course, Progress progress, @Nullable LessonSummary continueWith,
        @Nullable Instant lastVisitedAt) {

    /** Among the learner's courses (the most recently visited first), the unfinished one visited last. */
    public static Optional<MyCourse> toContinue(List<MyCourse> mine) {
        return mine.stream().filter(c -> !c.progress().completed() && c.continueWith() != null).findFirst();
    }
}
