package vn.tuoitreso.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tuoitreso.quiz.model.AcceptedAnswer;
import vn.tuoitreso.quiz.model.ShortAnswer;
import vn.tuoitreso.quiz.model.Stem;

class ShortAnswerScoringTest {

    private final List<AcceptedAnswer> answers = List.of(new AcceptedAnswer("thương mại điện tử", 1.0, "Đúng."),
            new AcceptedAnswer("TMĐT", 0.5, "Hãy viết đầy đủ."));
    private final ShortAnswer plain = new ShortAnswer(Stem.of("TMĐT", "Viết đầy đủ TMĐT."), answers);
    private final ShortAnswer caseSensitive = new ShortAnswer(plain.stem(), answers, true, false);
    private final ShortAnswer withoutDiacritics = new ShortAnswer(plain.stem(), answers, false, true);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "thương mại điện tử|1.0",
            "Thương Mại Điện Tử|1.0",
            "'   thương   mại\tđiện  tử  '|1.0",
            "tmđt|0.5",
            "thuong mai dien tu|0.0",
            "thương mại|0.0"})
    void by_default_case_and_whitespace_do_not_matter_but_diacritics_do(String typed, double fraction) {
        assertThat(Scorer.score(plain, new Response.Text(typed)).fraction()).isEqualTo(fraction);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "thương mại điện tử|1.0",
            "Thương mại điện tử|0.0",
            "TMĐT|0.5",
            "tmđt|0.0"})
    void a_case_sensitive_question_tells_capitals_apart(String typed, double fraction) {
        assertThat(Scorer.score(caseSensitive, new Response.Text(typed)).fraction()).isEqualTo(fraction);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "thuong mai dien tu|1.0",
            "THUONG MAI DIEN TU|1.0",
            "thương mại điện tử|1.0",
            "thưởng mãi điên tụ|1.0",
            "TMDT|0.5",
            "thuong mai|0.0"})
    void a_question_ignoring_diacritics_accepts_vietnamese_typed_without_them(String typed, double fraction) {
        assertThat(Scorer.score(withoutDiacritics, new Response.Text(typed)).fraction()).isEqualTo(fraction);
    }

    @Test
    void text_typed_in_decomposed_unicode_matches_the_composed_answer() {
        String decomposed = Normalizer.normalize("thương mại điện tử", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("thương mại điện tử");
        assertThat(Scorer.score(plain, new Response.Text(decomposed)).correct()).isTrue();
    }

    @Test
    void the_best_matching_answer_counts_even_when_a_weaker_one_comes_first() {
        ShortAnswer question = new ShortAnswer(Stem.of("Deepfake", "Gọi là gì?"),
                List.of(new AcceptedAnswer("deep*", 0.5, "Gần đúng."), new AcceptedAnswer("deepfake", 1.0, "Đúng.")));
        assertThat(Scorer.score(question, new Response.Text("Deepfake")))
                .isEqualTo(new QuestionResult(1, 1, List.of("Đúng."), true));
        assertThat(Scorer.score(question, new Response.Text("deep learning")))
                .isEqualTo(new QuestionResult(0.5, 0.5, List.of("Gần đúng."), false));
    }

    @Test
    void an_asterisk_stands_for_anything_and_an_escaped_one_for_itself() {
        ShortAnswer question = new ShortAnswer(Stem.of("Ký hiệu", "Viết phép nhân."),
                List.of(AcceptedAnswer.of("2\\*3"), new AcceptedAnswer("*", 0, "Hãy dùng dấu sao.")));
        assertThat(Scorer.score(question, new Response.Text("2*3")).fraction()).isEqualTo(1.0);
        assertThat(Scorer.score(question, new Response.Text("2x3")))
                .isEqualTo(new QuestionResult(0, 0, List.of("Hãy dùng dấu sao."), false));
    }

    @Test
    void an_unmatched_answer_scores_zero_without_answer_feedback() {
        assertThat(Scorer.score(plain, new Response.Text("ngân hàng số")))
                .isEqualTo(new QuestionResult(0, 0, List.of(), false));
    }
}
