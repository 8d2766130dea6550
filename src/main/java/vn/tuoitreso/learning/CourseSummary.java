package vn.tuoitreso.learning;

import java.util.List;

/** A course as the catalogue lists it. */
public record CourseSummary(long id, String slug, String title, String summary, List<String> topics, CourseLevel level,
        int estimatedMinutes, int lessonCount, boolean published) {

    public CourseSummary {
        topics = List.copyOf(topics);
    }
}
