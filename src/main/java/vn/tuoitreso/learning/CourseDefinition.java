package vn.tuoitreso.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A course as written in {@code seed-content/courses/<slug>/}: used to import it. */
public record CourseDefinition(String slug, String title, String summary, List<String> topics, CourseLevel level,
        int estimatedMinutes, int displayOrder, List<Section> sections) {

    public CourseDefinition {
        topics = List.copyOf(topics);
        sections = List.copyOf(sections);
    }

    public record Section(String title, List<Lesson> lessons) {
        public Section {
            lessons = List.copyOf(lessons);
        }
    }

    public record Lesson(String slug, String title, int minutes, @Nullable String videoUrl, String markdown) {
    }
}
