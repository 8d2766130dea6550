package vn.tuoitreso.reporting;

import org.jspecify.annotations.Nullable;

/**
 * What a dashboard covers: a unit with all its sub-units (none: the whole province), one course (none: all) and
 * a period.
 */
public record ReportFilter(@Nullable Long unitId, @Nullable Long courseId, ReportPeriod period) {
}
