package vn.tuoitreso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void dates_are_shown_in_the_province_time_zone() {
        // 20:30 UTC is 03:30 the next day in Asia/Ho_Chi_Minh
        Instant instant = Instant.parse("2026-12-31T20:30:00Z");
        assertThat(DisplayFormats.date(instant, VI)).isEqualTo("01/01/2027");
        assertThat(DisplayFormats.dateTime(instant, VI)).isEqualTo("03:30, 01/01/2027");
    }

    @Test
    void numbers_use_vietnamese_separators() {
        assertThat(DisplayFormats.number(1234567.5, VI)).isEqualTo("1.234.567,5");
        assertThat(DisplayFormats.number(1234567.5, Locale.ENGLISH)).isEqualTo("1,234,567.5");
    }
}
