package vn.tuoitreso.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A course the learner is enrolled in, with progress and the lesson to continue with. */
public record MyCourse(CourseSummary course, Progress progress, @Nullable LessonSummary continueWith,
        @Nullable Instant lastVisitedAt) {
}
