package vn.tuoitreso.learning;

import java.util.List;
import java.util.Optional;

/** A course with its sections and lessons in reading order, and what its content rests on. */
public record CourseOutline(CourseSummary course, List<SectionOutline> sections, CourseReferences references) {

    public CourseOutline {
        sections = List.copyOf(sections);
    }

    public List<LessonSummary> lessons() {
        return sections.stream().flatMap(s -> s.lessons().stream()).toList();
    }

    public Optional<LessonSummary> lesson(String slug) {
        return lessons().stream().filter(l -> l.slug().equals(slug)).findFirst();
    }
}
