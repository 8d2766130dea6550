package vn.tuoitreso.learning;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a learner may trust a course by: the day its content was last checked against its sources, the
 * sources themselves (legal documents with their numbers, official portals), and a short glossary.
 */
public record CourseReferences(@Nullable LocalDate checked, List<Source> sources, List<Term> glossary) {

    public static final CourseReferences NONE = new CourseReferences(null, List.of(), List.of());

    public CourseReferences {
        sources = List.copyOf(sources);
        glossary = List.copyOf(glossary);
    }

    /** Whether content checked on that day (or never) is more than a year old on this day. */
    public static boolean olderThanAYear(@Nullable LocalDate checked, LocalDate today) {
        return checked == null || checked.isBefore(today.minusYears(1));
    }

    public record Source(String title, @Nullable String url) {
    }

    public record Term(String term, String meaning) {
    }
}
