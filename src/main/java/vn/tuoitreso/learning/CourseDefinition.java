package vn.tuoitreso.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A course as written in {@code seed-content/courses/<slug>/}: used to import it, and to revise it when
 * its content was checked again ({@code references.checked()} later than the stored one). Lessons that
 * were split or renamed carry their learners' completions over through {@code lessonHistory}.
 */
public record CourseDefinition(String slug, String title, String summary, List<String> topics, CourseLevel level,
        int estimatedMinutes, int displayOrder, List<Section> sections, CourseReferences references,
        List<LessonMove> lessonHistory) {

    public CourseDefinition {
        topics = List.copyOf(topics);
        sections = List.copyOf(sections);
        lessonHistory = List.copyOf(lessonHistory);
    }

    public CourseDefinition(String slug, String title, String summary, List<String> topics, CourseLevel level,
            int estimatedMinutes, int displayOrder, List<Section> sections) {
        this(slug, title, summary, topics, level, estimatedMinutes, displayOrder, sections, CourseReferences.NONE,
                List.of());
    }

    /** A lesson that became these lessons (lesson slugs, without their number prefix). */
    public record LessonMove(String from, List<String> to) {
        public LessonMove {
            to = List.copyOf(to);
        }
    }

    public record Section(String title, List<Lesson> lessons) {
        public Section {
            lessons = List.copyOf(lessons);
        }
    }

    public record Lesson(String slug, String title, int minutes, @Nullable String videoUrl, String markdown) {
    }
}
