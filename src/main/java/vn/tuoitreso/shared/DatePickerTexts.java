package vn.tuoitreso.shared;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The date picker's own texts in the person's language: month and day names, "today" and "cancel",
 * weeks from Monday and dates as dd/MM/yyyy, as Vietnamese calendars show them.
 */
public final class DatePickerTexts {

    private DatePickerTexts() {
    }

    public static DateTimePicker translate(DateTimePicker picker) {
        picker.setLocale(picker.getLocale());
        picker.setDatePickerI18n(i18n(picker));
        return picker;
    }

    /** A date picker in its view's language, as {@link #translate(DateTimePicker)}. */
    public static DatePicker translate(DatePicker picker) {
        picker.setLocale(picker.getLocale());
        picker.setI18n(i18n(picker, picker.getLocale()));
        return picker;
    }

    static DatePicker.DatePickerI18n i18n(DateTimePicker view) {
        return i18n(view, view.getLocale());
    }

    private static DatePicker.DatePickerI18n i18n(com.vaadin.flow.component.Component view, Locale locale) {
        // Sunday first, as the component expects its lists.
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> capitalised(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdays(week.stream().map(d -> capitalised(d.getDisplayName(TextStyle.FULL, locale), locale)).toList())
                .setWeekdaysShort(week.stream().map(d -> capitalised(d.getDisplayName(TextStyle.SHORT, locale), locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("dd/MM/yyyy")
                .setToday(view.getTranslation("datePicker.today"))
                .setCancel(view.getTranslation("datePicker.cancel"))
                .setBadInputErrorMessage(view.getTranslation("datePicker.badInput"));
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
