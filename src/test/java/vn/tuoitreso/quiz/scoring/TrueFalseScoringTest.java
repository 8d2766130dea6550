package vn.tuoitreso.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.quiz.model.Stem;
import vn.tuoitreso.quiz.model.TrueFalse;

class TrueFalseScoringTest {

    private final TrueFalse isTrue = TrueFalse.of(Stem.of("Hai lớp", "Xác thực hai lớp giúp an toàn hơn."), true,
            "Chính xác!", "Chưa đúng.");
    private final TrueFalse isFalse = TrueFalse.of(Stem.of("Tên giả", "Tên giả thì không chịu trách nhiệm."),
            false, "Đúng!", "Sai, pháp luật vẫn xử lý.");

    @Test
    void the_right_judgement_earns_full_credit_and_the_right_answer_feedback() {
        assertThat(Scorer.score(isTrue, new Response.TrueOrFalse(true)))
                .isEqualTo(new QuestionResult(1, 1, List.of("Chính xác!"), true));
        assertThat(Scorer.score(isFalse, new Response.TrueOrFalse(false)))
                .isEqualTo(new QuestionResult(1, 1, List.of("Đúng!"), true));
    }

    @Test
    void the_wrong_judgement_earns_nothing_and_the_wrong_answer_feedback() {
        assertThat(Scorer.score(isTrue, new Response.TrueOrFalse(false)))
                .isEqualTo(new QuestionResult(0, 0, List.of("Chưa đúng."), false));
        assertThat(Scorer.score(isFalse, new Response.TrueOrFalse(true)))
                .isEqualTo(new QuestionResult(0, 0, List.of("Sai, pháp luật vẫn xử lý."), false));
    }
}
