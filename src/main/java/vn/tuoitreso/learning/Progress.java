package vn.tuoitreso.learning;

import java.util.Set;

/** How far one learner is in one course. */
public record Progress(long courseId, boolean enrolled, Set<Long> completedLessonIds, int totalLessons) {

    public static final Progress NONE = new Progress(0, false, Set.of(), 0);

    public Progress {
        completedLessonIds = Set.copyOf(completedLessonIds);
    }

    public int completedLessons() {
        return completedLessonIds.size();
    }

    /** From 0 to 1. */
    public double fraction() {
        return totalLessons == 0 ? 0 : Math.min(1.0, (double) completedLessons() / totalLessons);
    }

    public int percent() {
        return (int) Math.round(fraction() * 100);
    }

    public boolean completed() {
        return totalLessons > 0 && completedLessons() >= totalLessons;
    }

    public boolean isDone(long lessonId) {
        return completedLessonIds.contains(lessonId);
    }
}
