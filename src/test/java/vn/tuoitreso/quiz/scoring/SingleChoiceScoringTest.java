package vn.tuoitreso.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.quiz.model.Choice;
import vn.tuoitreso.quiz.model.SingleChoice;
import vn.tuoitreso.quiz.model.Stem;

class SingleChoiceScoringTest {

    private static final String GENERAL = "Không ai có quyền hỏi mã OTP của bạn.";

    private final SingleChoice question = new SingleChoice(
            Stem.of("Tin nhắn lạ", "Nhận link lạ, bạn làm gì?").withGeneralFeedback(GENERAL).withDefaultMark(2),
            List.of(new Choice("Không bấm, báo công an xã", 1.0, "Chính xác."),
                    new Choice("Hỏi lại người gửi", 0.5, "Được một nửa."),
                    new Choice("Bấm thử", -0.25, "Nguy hiểm."), Choice.wrong("Chia sẻ", null)));

    @Test
    void the_right_choice_earns_the_full_mark_with_its_feedback_then_the_general_feedback() {
        assertThat(Scorer.score(question, new Response.OneChoice(0)))
                .isEqualTo(new QuestionResult(1.0, 2.0, List.of("Chính xác.", GENERAL), true));
    }

    @Test
    void a_partly_right_choice_earns_its_fraction_of_the_mark() {
        assertThat(Scorer.score(question, new Response.OneChoice(1)))
                .isEqualTo(new QuestionResult(0.5, 1.0, List.of("Được một nửa.", GENERAL), false));
    }

    @Test
    void a_negatively_weighted_choice_scores_zero_not_below() {
        assertThat(Scorer.score(question, new Response.OneChoice(2)))
                .isEqualTo(new QuestionResult(0.0, 0.0, List.of("Nguy hiểm.", GENERAL), false));
    }

    @Test
    void no_answer_scores_zero_and_still_shows_the_general_feedback() {
        assertThat(Scorer.score(question, null)).isEqualTo(new QuestionResult(0, 0, List.of(GENERAL), false));
    }

    @Test
    void a_choice_the_question_does_not_have_is_refused() {
        assertThatThrownBy(() -> Scorer.score(question, new Response.OneChoice(4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scorer.score(question, new Response.OneChoice(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_response_of_another_kind_is_refused() {
        assertThatThrownBy(() -> Scorer.score(question, new Response.Text("Không bấm")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OneChoice");
    }
}
