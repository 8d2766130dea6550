package vn.tuoitreso.reporting;

import java.util.List;
import vn.tuoitreso.review.JudgingProgress;

/**
 * A dashboard: the figures of the chosen unit's sub-units (each with its own sub-units; those without activity in
 * the period marked idle), of each course and of each month, contest ideas per category, and judging progress.
 *
 * @param scopeName the unit the dashboard covers (the province when none was chosen)
 */
public record Dashboard(ReportFilter filter, String scopeName, Figures total, List<UnitLine> units,
        List<Line> courses, List<Line> months, List<Line> categories, List<JudgingProgress> judging) {

    public Dashboard {
        units = List.copyOf(units);
        courses = List.copyOf(courses);
        months = List.copyOf(months);
        categories = List.copyOf(categories);
        judging = List.copyOf(judging);
    }

    /** A named line of figures: a course, a month ({@code 2026-03}) or a category. */
    public record Line(long id, String name, Figures figures) {
    }

    /** A unit with everything below it; {@code own} when the line counts only the chosen unit's direct members. */
    public record UnitLine(long unitId, String name, long members, Figures figures, boolean own) {

        public boolean idle() {
            return figures.idle();
        }
    }
}
