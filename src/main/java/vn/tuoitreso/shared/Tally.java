package vn.tuoitreso.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A count made in the database for reports, grouped by organisation unit, by a subject (a course, a contest's
 * category; 0 when not grouped) and by a month of the province's calendar ({@code 2026-03}; empty when not
 * grouped). The modules that own the data make them with {@code GROUP BY}; reports roll units up the tree.
 */
public record Tally(long unitId, long subjectId, String month, long count) {

    /**
     * The SQL that turns a UTC {@code DATETIME(6)} column into its month in the province (UTC+7 all year, no
     * daylight saving), without the server's time-zone tables.
     */
    public static String monthOf(String column) {
        return "DATE_FORMAT(CONVERT_TZ(" + column + ", '+00:00', '+07:00'), '%Y-%m')";
    }

    /** An instant as the database keeps it (UTC, {@code DATETIME(6)}), whatever the JVM's time zone. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
