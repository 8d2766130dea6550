package vn.tuoitreso.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything a learner sees on a lesson page; the body is already sanitised HTML. */
public record LessonPage(CourseSummary course, LessonSummary lesson, String html, @Nullable String videoUrl,
        List<AssetSummary> handouts, @Nullable LessonSummary previous, @Nullable LessonSummary next,
        Progress progress) {

    public LessonPage {
        handouts = List.copyOf(handouts);
    }
}
