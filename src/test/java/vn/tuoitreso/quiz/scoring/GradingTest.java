package vn.tuoitreso.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GradingTest {

    private static final List<Double> ATTEMPTS = List.of(6.5, 9.0, 7.0);

    @ParameterizedTest
    @CsvSource({"HIGHEST, 9.0", "FIRST, 6.5", "LAST, 7.0"})
    void a_grading_method_picks_one_attempt(GradingMethod method, double grade) {
        assertThat(Grading.grade(ATTEMPTS, method)).hasValue(grade);
    }

    @Test
    void the_average_method_takes_the_mean_of_all_attempts() {
        assertThat(Grading.grade(ATTEMPTS, GradingMethod.AVERAGE).getAsDouble()).isCloseTo(22.5 / 3, within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(GradingMethod.class)
    void one_attempt_is_the_grade_whatever_the_method(GradingMethod method) {
        assertThat(Grading.grade(List.of(8.25), method)).hasValue(8.25);
    }

    @ParameterizedTest
    @EnumSource(GradingMethod.class)
    void no_attempt_means_no_grade_yet(GradingMethod method) {
        assertThat(Grading.grade(List.of(), method)).isEmpty();
    }

    @Test
    void a_negative_or_missing_score_is_refused() {
        assertThatThrownBy(() -> Grading.grade(List.of(5.0, -1.0), GradingMethod.LAST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grading.grade(List.of(Double.NaN), GradingMethod.HIGHEST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_grade_passes_from_the_pass_mark_up() {
        assertThat(Grading.passes(8.0, 8.0)).isTrue();
        assertThat(Grading.passes(9.5, 8.0)).isTrue();
        assertThat(Grading.passes(7.99, 8.0)).isFalse();
        assertThat(Grading.passes(0, 0)).isTrue();
    }

    @Test
    void a_grade_short_of_the_pass_mark_only_by_binary_rounding_passes() {
        double grade = 0.7 + 0.1;
        assertThat(grade).isLessThan(0.8);
        assertThat(Grading.passes(grade, 0.8)).isTrue();
    }

    @Test
    void an_attempt_totals_the_marks_of_its_questions() {
        assertThat(Grading.total(List.of(new QuestionResult(1, 2, List.of(), true),
                new QuestionResult(0.5, 0.5, List.of(), false), new QuestionResult(0, 0, List.of(), false))))
                .isEqualTo(2.5);
    }
}
