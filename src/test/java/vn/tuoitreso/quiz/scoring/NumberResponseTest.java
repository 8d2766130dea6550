package vn.tuoitreso.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberResponseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3,5|3.5",
            "3.5|3.5",
            "12|12",
            "'  7 '|7",
            "-2,75|-2.75",
            "+4|4",
            "−3|-3",
            ",5|0.5",
            "3,|3",
            "1.500,5|1500.5",
            "1,500.5|1500.5",
            "1.000.000|1000000",
            "1,000,000|1000000",
            "1 500|1500",
            "2 022|2022",
            "1e3|1000",
            "1,5e2|150"})
    void vietnamese_and_english_ways_of_writing_numbers_are_read(String typed, double value) {
        assertThat(new Response.Number(typed).value()).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "mười hai", "12abc", "1..5", "--3", "1,2,3.4.5", "1.50.0", "1.000,5,5", ".", "1e",
            "1e99999"})
    void what_is_not_a_number_has_no_value(String typed) {
        assertThat(new Response.Number(typed).value()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1.5, -2.75, 2025, 1e-9, 123456789.125})
    void a_number_response_made_from_a_number_reads_back_as_that_number(double value) {
        assertThat(Response.Number.of(value).value()).hasValue(value);
    }
}
