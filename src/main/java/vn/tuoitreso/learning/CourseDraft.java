package vn.tuoitreso.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The editable description of a course, with the {@code version} of the course it was read at
 * ({@link CourseAuthoring#description}); a save from an older version than the stored one is refused.
 */
public record CourseDraft(String title, String summary, List<String> topics, @Nullable CourseLevel level,
        @Nullable Integer estimatedMinutes, long version) {

    public CourseDraft {
        topics = List.copyOf(topics);
    }

    /** The description of a new course, which nobody has read before. */
    public CourseDraft(String title, String summary, List<String> topics, @Nullable CourseLevel level,
            @Nullable Integer estimatedMinutes) {
        this(title, summary, topics, level, estimatedMinutes, 0);
    }
}
