package vn.tuoitreso.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.quiz.model.Matching;
import vn.tuoitreso.quiz.model.Stem;

class MatchingScoringTest {

    private final Matching question = new Matching(Stem.of("Thứ tự", "Ghép bước với thứ tự.").withDefaultMark(3),
            List.of(new Matching.Pair("Đăng nhập VNeID", "Bước 1"), new Matching.Pair("Chọn thủ tục", "Bước 2"),
                    new Matching.Pair("Điền tờ khai", "Bước 3")),
            List.of("Bước 0"));

    @Test
    void all_prompts_matched_rightly_earn_full_credit() {
        assertThat(Scorer.score(question, new Response.Matches(Map.of(0, 0, 1, 1, 2, 2))))
                .isEqualTo(new QuestionResult(1, 3, List.of(), true));
    }

    @Test
    void each_right_match_earns_its_share() {
        QuestionResult result = Scorer.score(question, new Response.Matches(Map.of(0, 0, 1, 2, 2, 1)));
        assertThat(result.fraction()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(result.mark()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void a_distractor_or_an_unmatched_prompt_is_wrong() {
        assertThat(Scorer.score(question, new Response.Matches(Map.of(0, 3, 1, 1))).fraction())
                .isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Scorer.score(question, new Response.Matches(Map.of())).fraction()).isZero();
    }

    @Test
    void prompts_sharing_an_answer_are_both_right_with_that_one_answer() {
        Matching shared = new Matching(Stem.of("Đúng sai", "Ghép."),
                List.of(new Matching.Pair("Khóa SIM", "Nên làm"), new Matching.Pair("Báo ngân hàng", "Nên làm"),
                        new Matching.Pair("Đăng số căn cước", "Không nên")));
        assertThat(shared.answers()).containsExactly("Nên làm", "Không nên");
        assertThat(Scorer.score(shared, new Response.Matches(Map.of(0, 0, 1, 0, 2, 1))).correct()).isTrue();
    }

    @Test
    void a_prompt_or_answer_the_question_does_not_have_is_refused() {
        assertThatThrownBy(() -> Scorer.score(question, new Response.Matches(Map.of(3, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scorer.score(question, new Response.Matches(Map.of(0, 4))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
