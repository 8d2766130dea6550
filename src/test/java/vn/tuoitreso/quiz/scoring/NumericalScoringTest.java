package vn.tuoitreso.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tuoitreso.quiz.model.NumericAnswer;
import vn.tuoitreso.quiz.model.NumericRule;
import vn.tuoitreso.quiz.model.Numerical;
import vn.tuoitreso.quiz.model.Stem;

class NumericalScoringTest {

    private final Numerical weighted = new Numerical(Stem.of("Năm", "Năm nào?").withDefaultMark(4),
            List.of(NumericAnswer.of(new NumericRule.Exact(2025)),
                    new NumericAnswer(new NumericRule.Tolerance(2025, 3), 0.5, "Gần đúng.")),
            "Xem lại bài 1.");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12|1.0", "12.0|1.0", "12,0|1.0", "13|0.0", "11.999|0.0"})
    void an_exact_answer_needs_the_exact_number(String typed, double fraction) {
        Numerical question = new Numerical(Stem.of("Số", "Mấy chữ số?"), List.of(NumericAnswer.of(
                new NumericRule.Exact(12))));
        assertThat(Scorer.score(question, new Response.Number(typed)).fraction()).isEqualTo(fraction);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5|1.0", "1,5|1.0", "1,51|1.0", "1.49|1.0", "1.52|0.0", "1,48|0.0"})
    void a_tolerance_includes_its_bounds_despite_binary_rounding(String typed, double fraction) {
        Numerical question = new Numerical(Stem.of("Cân", "Bao nhiêu kg?"), List.of(NumericAnswer.of(
                new NumericRule.Tolerance(1.5, 0.01))));
        assertThat(Scorer.score(question, new Response.Number(typed)).fraction()).isEqualTo(fraction);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1|1.0", "5|1.0", "3,5|1.0", "0.999|0.0", "5.0001|0.0"})
    void a_range_includes_both_ends(String typed, double fraction) {
        Numerical question = new Numerical(Stem.of("Khoảng", "Một số từ 1 đến 5?"), List.of(NumericAnswer.of(
                new NumericRule.Range(1, 5))));
        assertThat(Scorer.score(question, new Response.Number(typed)).fraction()).isEqualTo(fraction);
    }

    @Test
    void the_best_of_several_weighted_answers_counts_with_its_feedback() {
        assertThat(Scorer.score(weighted, Response.Number.of(2025)))
                .isEqualTo(new QuestionResult(1, 4, List.of(), true));
        assertThat(Scorer.score(weighted, new Response.Number("2 022")))
                .isEqualTo(new QuestionResult(0.5, 2, List.of("Gần đúng."), false));
    }

    @Test
    void a_number_no_answer_accepts_gets_the_other_answer_feedback() {
        assertThat(Scorer.score(weighted, new Response.Number("2030")))
                .isEqualTo(new QuestionResult(0, 0, List.of("Xem lại bài 1."), false));
    }

    @Test
    void text_that_is_not_a_number_scores_zero() {
        assertThat(Scorer.score(weighted, new Response.Number("hai nghìn")))
                .isEqualTo(new QuestionResult(0, 0, List.of("Xem lại bài 1."), false));
    }
}
