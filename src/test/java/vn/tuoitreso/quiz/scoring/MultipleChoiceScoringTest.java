package vn.tuoitreso.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.quiz.model.Choice;
import vn.tuoitreso.quiz.model.MultipleChoice;
import vn.tuoitreso.quiz.model.Stem;

class MultipleChoiceScoringTest {

    private final MultipleChoice question = new MultipleChoice(Stem.of("Không nên đăng", "Chọn tất cả."),
            List.of(new Choice("Ảnh căn cước", 0.25, "Đúng, dễ bị mạo danh."), new Choice("Vé máy bay", 0.25, null),
                    new Choice("Nhà đi vắng", 0.25, null), new Choice("Thẻ ngân hàng", 0.25, "Đúng."),
                    new Choice("Ảnh đồi chè", -1.0, "Ảnh phong cảnh chia sẻ được.")));

    @Test
    void all_right_choices_earn_full_credit() {
        assertThat(Scorer.score(question, new Response.SeveralChoices(Set.of(0, 1, 2, 3))).correct()).isTrue();
    }

    @Test
    void some_right_choices_earn_their_sum() {
        assertThat(Scorer.score(question, new Response.SeveralChoices(Set.of(1, 2))).fraction()).isEqualTo(0.5);
    }

    @Test
    void a_wrong_pick_takes_back_what_the_right_ones_earned() {
        assertThat(Scorer.score(question, new Response.SeveralChoices(Set.of(0, 1, 2, 3, 4))).fraction()).isZero();
    }

    @Test
    void negative_weights_never_push_a_question_below_zero() {
        QuestionResult result = Scorer.score(question, new Response.SeveralChoices(Set.of(0, 4)));
        assertThat(result.fraction()).isZero();
        assertThat(result.mark()).isZero();
    }

    @Test
    void weights_adding_up_past_one_earn_no_more_than_full_credit() {
        MultipleChoice generous = new MultipleChoice(Stem.of("Rộng rãi", "Chọn."),
                List.of(new Choice("Một", 1.0, null), new Choice("Hai", 1.0, null)));
        assertThat(Scorer.score(generous, new Response.SeveralChoices(Set.of(0, 1))).fraction()).isEqualTo(1.0);
    }

    @Test
    void three_thirds_written_to_seven_decimals_count_as_full_credit() {
        MultipleChoice thirds = new MultipleChoice(Stem.of("Ba phần", "Chọn.").withDefaultMark(3),
                List.of(new Choice("Một", 0.3333333, null), new Choice("Hai", 0.3333333, null),
                        new Choice("Ba", 0.3333333, null), new Choice("Sai", -1, null)));
        QuestionResult result = Scorer.score(thirds, new Response.SeveralChoices(Set.of(0, 1, 2)));
        assertThat(result.fraction()).isEqualTo(1.0);
        assertThat(result.mark()).isEqualTo(3.0);
        assertThat(result.correct()).isTrue();
        assertThat(Scorer.score(thirds, new Response.SeveralChoices(Set.of(0, 1))).correct()).isFalse();
    }

    @Test
    void feedback_of_the_picked_choices_comes_in_choice_order() {
        assertThat(Scorer.score(question, new Response.SeveralChoices(Set.of(4, 3, 0))).feedback())
                .containsExactly("Đúng, dễ bị mạo danh.", "Đúng.", "Ảnh phong cảnh chia sẻ được.");
    }

    @Test
    void ticking_nothing_scores_zero() {
        assertThat(Scorer.score(question, new Response.SeveralChoices(Set.of()))).isEqualTo(
                new QuestionResult(0, 0, List.of(), false));
    }
}
