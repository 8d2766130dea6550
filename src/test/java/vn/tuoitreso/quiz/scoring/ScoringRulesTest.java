package vn.tuoitreso.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tuoitreso.quiz.model.AcceptedAnswer;
import vn.tuoitreso.quiz.model.Choice;
import vn.tuoitreso.quiz.model.Matching;
import vn.tuoitreso.quiz.model.MultipleChoice;
import vn.tuoitreso.quiz.model.NumericAnswer;
import vn.tuoitreso.quiz.model.NumericRule;
import vn.tuoitreso.quiz.model.Numerical;
import vn.tuoitreso.quiz.model.Question;
import vn.tuoitreso.quiz.model.ShortAnswer;
import vn.tuoitreso.quiz.model.SingleChoice;
import vn.tuoitreso.quiz.model.Stem;
import vn.tuoitreso.quiz.model.TrueFalse;

/** Rules every question type follows. */
class ScoringRulesTest {

    private static Stem stem(String name) {
        return Stem.of(name, "Câu hỏi về " + name + ".").withDefaultMark(2.5);
    }

    /** One question of each type with a response earning full credit. */
    static Stream<Object[]> everyType() {
        return Stream.of(
                new Object[] {new SingleChoice(stem("ví điện tử"), List.of(Choice.right("Có", null),
                        Choice.wrong("Không", null))), new Response.OneChoice(0)},
                new Object[] {new MultipleChoice(stem("mã PIN"), List.of(new Choice("Ngày sinh", 0.5, null),
                        new Choice("123456", 0.5, null), new Choice("Số ngẫu nhiên", -1, null))),
                        new Response.SeveralChoices(Set.of(0, 1))},
                new Object[] {new TrueFalse(stem("OTP"), false, null, null), new Response.TrueOrFalse(false)},
                new Object[] {new ShortAnswer(stem("VNeID"), List.of(AcceptedAnswer.of("VNeID"))),
                        new Response.Text("vneid")},
                new Object[] {new Numerical(stem("số khẩn cấp"), List.of(NumericAnswer.of(new NumericRule.Exact(113)))),
                        new Response.Number("113")},
                new Object[] {new Matching(stem("thứ tự"), List.of(new Matching.Pair("Đăng nhập", "Bước 1"),
                        new Matching.Pair("Chọn thủ tục", "Bước 2"), new Matching.Pair("Nộp", "Bước 3"))),
                        new Response.Matches(Map.of(0, 0, 1, 1, 2, 2))});
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void an_unanswered_question_scores_zero(Question question, Response right) {
        assertThat(Scorer.score(question, null)).isEqualTo(new QuestionResult(0, 0, List.of(), false));
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void the_mark_is_the_fraction_times_the_default_mark(Question question, Response right) {
        QuestionResult result = Scorer.score(question, right);
        assertThat(result.fraction()).isEqualTo(1.0);
        assertThat(result.mark()).isEqualTo(2.5);
        assertThat(result.correct()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void a_response_meant_for_another_type_is_refused(Question question, Response right) {
        everyType().map(pair -> (Response) pair[1]).filter(other -> other.getClass() != right.getClass())
                .forEach(other -> assertThatThrownBy(() -> Scorer.score(question, other))
                        .as(other.toString()).isInstanceOf(IllegalArgumentException.class));
    }
}
