package vn.tuoitreso.learning;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A course as the catalogue lists it; {@code contentChecked} is when its content was last checked. */
public record CourseSummary(long id, String slug, String title, String summary, List<String> topics, CourseLevel level,
        int estimatedMinutes, int lessonCount, boolean published, @Nullable LocalDate contentChecked) {

    public CourseSummary {
        topics = List.copyOf(topics);
    }
}
