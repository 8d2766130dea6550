package vn.tuoitreso.shared;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as people in the province read them: dd/MM/yyyy, 1.234,5, in Asia/Ho_Chi_Minh. */
public final class DisplayFormats {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final DateTimeFormatter DATE_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME_VI = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private DisplayFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return (isVietnamese(locale) ? DATE_VI : DATE_EN).format(date);
    }

    public static String date(Instant instant, Locale locale) {
        return date(instant.atZone(ProvinceTime.ZONE).toLocalDate(), locale);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return (isVietnamese(locale) ? DATE_TIME_VI : DATE_TIME_EN).format(instant.atZone(ProvinceTime.ZONE));
    }

    public static String number(Number number, Locale locale) {
        return NumberFormat.getNumberInstance(isVietnamese(locale) ? VIETNAMESE : Locale.UK).format(number);
    }

    private static boolean isVietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }
}
