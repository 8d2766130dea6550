package vn.tuoitreso.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The editable description of a course. */
public record CourseDraft(String title, String summary, List<String> topics, @Nullable CourseLevel level,
        @Nullable Integer estimatedMinutes) {

    public CourseDraft {
        topics = List.copyOf(topics);
    }
}
