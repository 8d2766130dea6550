package vn.tuoitreso.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.ProvinceTime;

/**
 * A period of days of the province's calendar, both ends included: from the first day's 00:00 to the end of the
 * last day in Asia/Ho_Chi_Minh (the instants stored are UTC).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The longest period a report covers: ten years of months is already a long chart. */
    public static final int MAX_DAYS = 3660;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("period", "reporting.validation.periodOrder");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw InvalidInputException.of("period", "reporting.validation.periodLength");
        }
    }

    /** From the first of January to the end of the year of {@code day}. */
    public static ReportPeriod yearOf(LocalDate day) {
        return new ReportPeriod(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
    }

    public Instant start() {
        return from.atStartOfDay(ProvinceTime.ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant();
    }

    /** Every month the period touches, as the aggregate queries name them ({@code 2026-03}). */
    public List<String> months() {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }
}
