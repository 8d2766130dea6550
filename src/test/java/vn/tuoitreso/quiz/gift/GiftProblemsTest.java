package vn.tuoitreso.quiz.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tuoitreso.quiz.model.Question;
import vn.tuoitreso.quiz.model.Stem;
import vn.tuoitreso.quiz.model.TrueFalse;

class GiftProblemsTest {

    private static final String GOOD = """
            $CATEGORY: $course$/Dịch vụ công

            ::Câu tốt::Cổng Dịch vụ công quốc gia có đuôi .gov.vn.{T}

            """;

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("::Câu 1::Thủ đô của Việt Nam?{\n=Hà Nội\n~Huế", 1, GiftProblem.UNCLOSED_BRACE, List.of()),
                arguments("::Câu 1::Thủ đô?{=Hà Nội ~Huế\n::Câu 2::Cố đô?{=Huế ~Hà Nội}", 1,
                        GiftProblem.UNCLOSED_BRACE, List.of()),
                arguments("Câu hỏi } sai chỗ{=Có ~Không}", 1, GiftProblem.UNOPENED_BRACE, List.of()),
                arguments("::Câu 1::Thủ đô?{=Hà Nội ~Huế}\n::Câu 2::Cố đô?{=Huế ~Hà Nội}", 2,
                        GiftProblem.SECOND_ANSWER_BLOCK, List.of()),
                arguments("::Câu 1 Thủ đô?{=Hà Nội ~Huế}", 1, GiftProblem.UNCLOSED_NAME, List.of()),
                arguments("$CATEGORY: $course$/Thử\n::Câu 1::Đúng không?{T}", 2, GiftProblem.CATEGORY_NOT_ALONE,
                        List.of()),
                arguments("::Câu trống::{=Có ~Không}", 1, GiftProblem.EMPTY_TEXT, List.of()),
                arguments("Thủ đô?{=Hà Nội ~ ~Huế}", 1, GiftProblem.EMPTY_ANSWER, List.of()),
                arguments("// câu hỏi\n::Câu::Thủ đô?{\n=Hà Nội\n~#chỉ có phản hồi\n}", 4, GiftProblem.EMPTY_ANSWER,
                        List.of()),
                arguments("Matching?{=Hà Nội -> }", 1, GiftProblem.EMPTY_ANSWER, List.of()),
                arguments("Số?{#}", 1, GiftProblem.EMPTY_ANSWER, List.of()),
                arguments("Thủ đô của Việt Nam?{Hà Nội}", 1, GiftProblem.ANSWER_WITHOUT_MARKER, List.of("Hà Nội")),
                arguments("Hà Nội là thủ đô.{true}", 1, GiftProblem.ANSWER_WITHOUT_MARKER, List.of("true")),
                arguments("Thủ đô?{\nHà Nội\n~Huế\n}", 2, GiftProblem.ANSWER_WITHOUT_MARKER, List.of("Hà Nội")),
                arguments("Thủ đô?{\n=Hà Nội\n~%năm mươi%Huế\n}", 3, GiftProblem.BAD_WEIGHT, List.of("%năm mươi%")),
                arguments("Thủ đô?{=Hà Nội ~%150%Huế}", 1, GiftProblem.BAD_WEIGHT, List.of("%150%")),
                arguments("Chọn?{~%50 Hà Nội ~%50%Huế}", 1, GiftProblem.BAD_WEIGHT, List.of("%50")),
                arguments("Viết tắt?{=OTP =%tám mươi%mã OTP}", 1, GiftProblem.BAD_WEIGHT, List.of("%tám mươi%")),
                arguments("Thủ đô?{=%50%Hà Nội ~Huế}", 1, GiftProblem.WEIGHT_AFTER_EQUALS, List.of("%50%")),
                arguments("Thủ đô?{~%100%Hà Nội}", 1, GiftProblem.TOO_FEW_CHOICES, List.of(1)),
                arguments("::Câu::\nThủ đô?{~Hà Nội ~Huế ~Đà Nẵng}", 1, GiftProblem.NO_RIGHT_ANSWER, List.of()),
                arguments("Viết tắt?{=%50%OTP}", 1, GiftProblem.NO_RIGHT_ANSWER, List.of()),
                arguments("Số chữ số?{#=%50%12}", 1, GiftProblem.NO_RIGHT_ANSWER, List.of()),
                arguments("Chọn?{~%50%Hà Nội ~%40%Huế ~Đà Nẵng}", 1, GiftProblem.WEIGHTS_DO_NOT_ADD_UP, List.of(90.0)),
                arguments("Chọn?{~%60%Hà Nội ~%60%Huế}", 1, GiftProblem.WEIGHTS_DO_NOT_ADD_UP, List.of(120.0)),
                arguments("Ghép?{=Hà Nội -> Thủ đô =Huế -> Cố đô = -> Cảng biển}", 1, GiftProblem.TOO_FEW_PAIRS,
                        List.of(2)),
                arguments("Ghép?{\n=Hà Nội -> Thủ đô\n=Huế Cố đô\n=Hải Phòng -> Cảng biển\n}", 3,
                        GiftProblem.MISSING_ARROW, List.of("Huế Cố đô")),
                arguments("Số chữ số?{#mười hai}", 1, GiftProblem.NOT_A_NUMBER, List.of("mười hai")),
                arguments("Bao nhiêu kg?{#1,5:0.1}", 1, GiftProblem.NOT_A_NUMBER, List.of("1,5:0.1")),
                arguments("Bao nhiêu kg?{#1.5:khoảng 0.1}", 1, GiftProblem.NOT_A_NUMBER, List.of("1.5:khoảng 0.1")),
                arguments("Năm?{#\n=2025\n=%50%20x5:1#Gần đúng\n}", 3, GiftProblem.NOT_A_NUMBER, List.of("20x5:1")),
                arguments("Bao nhiêu?{#5..1}", 1, GiftProblem.BAD_RANGE, List.of("5..1")),
                arguments("// [mark:hai]\nĐúng không?{T}", 1, GiftProblem.BAD_MARK, List.of("hai")),
                arguments("// [mark:-1]\nĐúng không?{T}", 1, GiftProblem.BAD_MARK, List.of("-1")));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void a_mistake_is_reported_on_its_line_and_nothing_is_imported(String question, int line, String key,
            List<Object> args) {
        GiftImport gift = GiftParser.parse(question);
        assertThat(gift.problems()).containsExactly(new GiftProblem(line, key, args));
        assertThat(gift.ok()).isFalse();
        assertThat(gift.questions()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void a_mistake_among_good_questions_stops_the_whole_file_and_keeps_its_line(String question, int line,
            String key, List<Object> args) {
        int before = (int) GOOD.lines().count();
        GiftImport gift = GiftParser.parse(GOOD + question + "\n\n" + GOOD);
        assertThat(gift.problems()).containsExactly(new GiftProblem(line + before, key, args));
        assertThat(gift.questions()).isEmpty();
        assertThat(gift.categories()).isEmpty();
        assertThat(GiftParser.parse(GOOD + GOOD).questions()).hasSize(2);
    }

    @Test
    void a_blank_line_inside_an_answer_block_breaks_it_in_two_and_both_halves_are_reported() {
        GiftImport gift = GiftParser.parse("::Câu 1::Thủ đô?{\n=Hà Nội\n\n~Huế\n}\n");
        assertThat(gift.problems()).containsExactly(new GiftProblem(1, GiftProblem.UNCLOSED_BRACE),
                new GiftProblem(5, GiftProblem.UNOPENED_BRACE));
    }

    @Test
    void every_mistake_of_a_file_is_reported_in_file_order() {
        GiftImport gift = GiftParser.parse("""
                ::Câu 1::Thủ đô?{=Hà Nội ~%abc%Huế ~}

                ::Câu 2::Đúng không?{T}

                ::Câu 3::Số?{#ba}
                """);
        assertThat(gift.problems()).containsExactly(new GiftProblem(1, GiftProblem.BAD_WEIGHT, "%abc%"),
                new GiftProblem(1, GiftProblem.EMPTY_ANSWER), new GiftProblem(5, GiftProblem.NOT_A_NUMBER, "ba"));
    }

    @Test
    void unsupported_questions_are_reported_but_do_not_stop_the_import() {
        GiftImport gift = GiftParser.parse(GOOD + """
                ::Tự luận::Hãy kể lại một lần bạn giúp ông bà dùng điện thoại.{}

                ::Giới thiệu::Phần sau nói về ví điện tử.
                """);
        assertThat(gift.ok()).isTrue();
        assertThat(gift.questions()).extracting(Question::name).containsExactly("Câu tốt");
        assertThat(gift.unsupported()).containsExactly(new GiftProblem(5, GiftProblem.UNSUPPORTED_ESSAY, "Tự luận"),
                new GiftProblem(7, GiftProblem.UNSUPPORTED_DESCRIPTION, "Giới thiệu"));
    }

    @Test
    void an_import_cannot_hold_questions_alongside_problems() {
        Question question = new TrueFalse(Stem.of("Câu", "Đúng không?"), true, null, null);
        assertThatThrownBy(() -> new GiftImport(List.of(question), List.of(),
                List.of(new GiftProblem(1, GiftProblem.UNCLOSED_BRACE)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GiftImport(List.of(), List.of("$course$/Thử"),
                List.of(new GiftProblem(1, GiftProblem.UNCLOSED_BRACE)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problem_arguments_cannot_be_changed_afterwards() {
        GiftProblem problem = GiftParser.parse("Số?{#ba}").problems().get(0);
        assertThatThrownBy(() -> problem.args().add("bốn")).isInstanceOf(UnsupportedOperationException.class);
    }
}
