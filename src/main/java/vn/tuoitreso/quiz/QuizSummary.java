package vn.tuoitreso.quiz;

import org.jspecify.annotations.Nullable;

/** A quiz as a learner sees it in the course: settings, attempts used, grade so far, passed or not. */
public record QuizSummary(long id, long courseId, QuizSettings settings, int questionCount, int attemptsUsed,
        @Nullable Double grade, boolean passed, boolean canStart, boolean hasOpenAttempt) {

    public int gradePercent() {
        return grade == null ? 0 : (int) Math.round(grade * 100);
    }
}
