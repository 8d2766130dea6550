package vn.tuoitreso.quiz.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionModelTest {

    private static final Stem STEM = Stem.of("Câu 1", "Thủ đô của Việt Nam?");

    @Test
    void a_stem_strips_its_texts_uses_unix_line_breaks_and_treats_blank_feedback_as_none() {
        Stem stem = new Stem("  Câu 1 ", "\tDòng một\r\nDòng hai  ", TextFormat.HTML, "   ", " $course$/Địa lý ", 2);
        assertThat(stem)
                .isEqualTo(new Stem("Câu 1", "Dòng một\nDòng hai", TextFormat.HTML, null, "$course$/Địa lý", 2));
    }

    @Test
    void a_stem_needs_a_name_a_text_a_one_line_category_and_a_mark_of_zero_or_more() {
        assertThatThrownBy(() -> Stem.of(" ", "Có chữ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stem.of("Tên", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> STEM.withCategory("$course$/a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> STEM.withDefaultMark(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> STEM.withDefaultMark(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(STEM.withDefaultMark(0).defaultMark()).isZero();
    }

    @Test
    void a_question_answers_its_common_properties_from_its_stem() {
        Stem stem = STEM.withTextFormat(TextFormat.MARKDOWN).withGeneralFeedback("Hà Nội.")
                .withCategory("$course$/Địa lý").withDefaultMark(3);
        Question question = new TrueFalse(stem, true, null, null);
        assertThat(question.name()).isEqualTo("Câu 1");
        assertThat(question.text()).isEqualTo("Thủ đô của Việt Nam?");
        assertThat(question.textFormat()).isEqualTo(TextFormat.MARKDOWN);
        assertThat(question.generalFeedback()).isEqualTo("Hà Nội.");
        assertThat(question.category()).isEqualTo("$course$/Địa lý");
        assertThat(question.defaultMark()).isEqualTo(3);
    }

    @Test
    void another_stem_keeps_the_answers() {
        SingleChoice question = new SingleChoice(STEM,
                List.of(Choice.right("Hà Nội", null), Choice.wrong("Huế", null)));
        SingleChoice moved = question.withStem(STEM.withCategory("$course$/Khác"));
        assertThat(moved.choices()).isEqualTo(question.choices());
        assertThat(moved.category()).isEqualTo("$course$/Khác");
    }

    @Test
    void a_fraction_lies_between_minus_one_and_one() {
        assertThat(new Choice("Hà Nội", -1, null).fraction()).isEqualTo(-1);
        assertThatThrownBy(() -> new Choice("Hà Nội", 1.01, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AcceptedAnswer("Hà Nội", -1.5, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumericAnswer(new NumericRule.Exact(1), Double.NaN, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_single_choice_needs_two_choices_one_of_them_fully_right() {
        assertThatThrownBy(() -> new SingleChoice(STEM, List.of(Choice.right("Hà Nội", null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SingleChoice(STEM,
                List.of(new Choice("Hà Nội", 0.9, null), Choice.wrong("Huế", null))))
                .isInstanceOf(IllegalArgumentException.class);
        SingleChoice question = new SingleChoice(STEM,
                List.of(new Choice("Huế", 0.5, null), Choice.right("Hà Nội", null), Choice.right("Thăng Long", null)));
        assertThat(question.correctIndex()).isEqualTo(1);
    }

    @Test
    void a_multiple_choice_needs_a_choice_earning_credit() {
        assertThatThrownBy(() -> new MultipleChoice(STEM,
                List.of(new Choice("Huế", -0.5, null), Choice.wrong("Vinh", null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void short_answer_and_numerical_questions_need_an_answer_earning_credit() {
        assertThatThrownBy(() -> new ShortAnswer(STEM, List.of(new AcceptedAnswer("Huế", 0, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShortAnswer(STEM, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Numerical(STEM, List.of(new NumericAnswer(new NumericRule.Exact(1), 0, null))))
                .isInstanceOf(IllegalArgumentException.class);
        ShortAnswer question = new ShortAnswer(STEM, List.of(AcceptedAnswer.of("Hà Nội")));
        assertThat(question.caseSensitive()).isFalse();
        assertThat(question.ignoreDiacritics()).isFalse();
    }

    @Test
    void true_false_feedback_is_told_by_the_answer_given_and_by_being_right() {
        TrueFalse isFalse = TrueFalse.of(STEM, false, "Đúng rồi.", "Chưa đúng.");
        assertThat(isFalse.feedbackOnFalse()).isEqualTo("Đúng rồi.");
        assertThat(isFalse.feedbackOnTrue()).isEqualTo("Chưa đúng.");
        assertThat(isFalse.rightFeedback()).isEqualTo("Đúng rồi.");
        assertThat(isFalse.wrongFeedback()).isEqualTo("Chưa đúng.");
        TrueFalse isTrue = TrueFalse.of(STEM, true, "Đúng rồi.", "Chưa đúng.");
        assertThat(isTrue.feedbackOnTrue()).isEqualTo("Đúng rồi.");
    }

    @Test
    void matching_needs_three_pairs_and_offers_each_answer_once() {
        List<Matching.Pair> two = List.of(new Matching.Pair("Hà Nội", "Thủ đô"), new Matching.Pair("Huế", "Cố đô"));
        assertThatThrownBy(() -> new Matching(STEM, two, List.of("Cảng"))).isInstanceOf(IllegalArgumentException.class);
        Matching matching = new Matching(STEM, List.of(new Matching.Pair("Hà Nội", "Thủ đô"),
                new Matching.Pair("Thăng Long", "Thủ đô"), new Matching.Pair("Huế", "Cố đô")),
                List.of("Cảng biển", "Cố đô"));
        assertThat(matching.answers()).containsExactly("Thủ đô", "Cố đô", "Cảng biển");
        assertThatThrownBy(() -> new Matching.Pair("Hà Nội", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numeric_rules_accept_their_numbers_and_refuse_nonsense() {
        assertThat(new NumericRule.Tolerance(1.5, 0.01).accepts(1.51)).isTrue();
        assertThat(new NumericRule.Tolerance(1.5, 0.01).accepts(1.511)).isFalse();
        assertThat(new NumericRule.Range(-10, -6).accepts(-10)).isTrue();
        assertThat(new NumericRule.Range(-10, -6).accepts(-5.9)).isFalse();
        assertThat(new NumericRule.Exact(0.3).accepts(0.1 + 0.2)).isTrue();
        assertThat(new NumericRule.Exact(-0.0)).isEqualTo(new NumericRule.Exact(0.0));
        assertThatThrownBy(() -> new NumericRule.Tolerance(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumericRule.Range(5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumericRule.Exact(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_question_keeps_its_own_copy_of_the_lists_it_was_given() {
        List<Choice> choices = new ArrayList<>(List.of(Choice.right("Hà Nội", null), Choice.wrong("Huế", null)));
        SingleChoice question = new SingleChoice(STEM, choices);
        choices.add(Choice.wrong("Vinh", null));
        assertThat(question.choices()).hasSize(2);
        assertThatThrownBy(() -> question.choices().add(Choice.wrong("Vinh", null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void text_formats_are_named_as_in_gift() {
        assertThat(TextFormat.ofGiftName("html")).contains(TextFormat.HTML);
        assertThat(TextFormat.ofGiftName("markdown")).contains(TextFormat.MARKDOWN);
        assertThat(TextFormat.ofGiftName("HTML")).isEmpty();
        assertThat(TextFormat.MOODLE.giftName()).isEqualTo("moodle");
    }
}
