package vn.tuoitreso.quiz.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
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
import vn.tuoitreso.quiz.model.TextFormat;
import vn.tuoitreso.quiz.model.TrueFalse;

class GiftRoundTripTest {

    /** Every character GIFT escapes, and more that only look special. */
    private static final String SPECIAL = "Giá ~50% = 1.000đ; mã #TTS, {ngoặc}, 7:30, C:\\thư mục\\n, \\\\ và -> //";

    private static Stem stem(String name, String text) {
        return new Stem(name, text, TextFormat.MOODLE, null, "$course$/Thử nghiệm", 1.0);
    }

    private static final List<Question> EVERY_TYPE = List.of(
            new SingleChoice(stem("Câu :: một", "Thủ đô của Việt Nam là gì?\nChọn một đáp án.")
                    .withGeneralFeedback("Hà Nội là thủ đô từ năm 1010 #lịch_sử."),
                    List.of(new Choice("Hà Nội", 1.0, "Đúng! " + SPECIAL), new Choice("Huế", 0.5, "Cố đô."),
                            new Choice("Đà Nẵng", -0.25, null), Choice.wrong("Sài Gòn", null))),
            new SingleChoice(stem("Hai đáp án đúng", "Số nào chẵn?"),
                    List.of(Choice.right("2", null), Choice.right("4", "Cũng đúng."))),
            new SingleChoice(stem("Điền từ", "Mở gian hàng trên sàn thường _____ trong tháng đầu.")
                    .withTextFormat(TextFormat.HTML),
                    List.of(Choice.right("miễn phí", null), Choice.wrong("tốn nhiều tiền", null))),
            new SingleChoice(stem("Chữ bắt đầu lạ", "[Bài 1] _____"),
                    List.of(Choice.right("%50% giảm giá", "[html] không phải định dạng"),
                            new Choice("[plain] cũng không", 0.1, "%trọng số% giả"))),
            new MultipleChoice(stem("Chọn tất cả", "Những việc nào nên làm? " + SPECIAL)
                    .withCategory("$course$/Khác/Nhiều đáp án").withDefaultMark(2.5),
                    List.of(new Choice("Chụp màn hình lưu bằng chứng", 0.3333333, "Đúng."),
                            new Choice("Chặn và báo cáo", 0.3333333, null),
                            new Choice("Báo người tin cậy", 0.3333334, SPECIAL),
                            new Choice("Đáp trả gay gắt", -1.0, "Sai."), Choice.wrong("Không làm gì", null))),
            TrueFalse.of(stem("Đúng sai", "Mã OTP có thể đọc cho nhân viên ngân hàng. " + SPECIAL)
                    .withGeneralFeedback("Không ai được hỏi mã OTP."), false, "Chính xác! -> đúng", "Sai: " + SPECIAL),
            TrueFalse.of(stem("Chỉ phản hồi đúng", "Hà Nội là thủ đô."), true, "Đúng rồi.", null),
            TrueFalse.of(stem("Chỉ phản hồi sai", "Huế là thủ đô."), false, null, "Huế là cố đô."),
            new TrueFalse(stem("Không phản hồi", "Trời xanh.").withCategory(""), true, null, null),
            new ShortAnswer(stem("Viết tắt", "Mã xác nhận một lần gọi tắt là gì? " + SPECIAL.replace("->", "→")),
                    List.of(new AcceptedAnswer("OTP", 1.0, "Đúng: " + SPECIAL.replace("->", "→")),
                            new AcceptedAnswer("mã *", 0.5, null), new AcceptedAnswer("%TRUE%", 0.0, "Không.")),
                    true, true),
            new ShortAnswer(stem("Chỉ một đáp án", "Thủ đô?").withDefaultMark(0), List.of(AcceptedAnswer.of("T"))),
            new Numerical(stem("Số", "Bao nhiêu kg?").withTextFormat(TextFormat.MARKDOWN)
                    .withGeneralFeedback("[plain] 3 × 0,5 = 1,5"),
                    List.of(new NumericAnswer(new NumericRule.Tolerance(1.5, 0.01), 1.0, "Đúng: " + SPECIAL),
                            new NumericAnswer(new NumericRule.Range(-2.75, 1e7), 0.3333333, null),
                            new NumericAnswer(new NumericRule.Exact(-0.0), 0.0, "Bằng không sao được."),
                            new NumericAnswer(new NumericRule.Exact(1e-9), -0.5, null)),
                    "Nhân số túi với khối lượng ~ một túi."),
            new Numerical(stem("Năm", "Năm nào?"), List.of(NumericAnswer.of(new NumericRule.Exact(2025)))),
            new Matching(stem("Ghép đôi", "Ghép: _____ mỗi việc với mục đích.").withTextFormat(TextFormat.PLAIN)
                    .withGeneralFeedback(SPECIAL),
                    List.of(new Matching.Pair("In tem QR {mã}", "Truy xuất -> nguồn gốc"),
                            new Matching.Pair("[html]Lập lịch", "Tránh hết hàng = mất khách"),
                            new Matching.Pair("Bọc túi #1", "Giữ khô: không mốc ~ hỏng"),
                            new Matching.Pair("Ghi nhãn", "Truy xuất -> nguồn gốc")),
                    List.of("Tăng giá gấp đôi", "#không", "Truy xuất -> nguồn gốc")));

    @Test
    void every_question_type_comes_back_equal_with_vietnamese_and_special_characters() {
        String gift = GiftWriter.write(EVERY_TYPE);
        GiftImport back = GiftParser.parse(gift);
        assertThat(back.problems()).as(gift).isEmpty();
        assertThat(back.unsupported()).isEmpty();
        assertThat(back.questions()).as(gift).containsExactlyElementsOf(EVERY_TYPE);
        assertThat(back.categories()).containsExactly("$course$/Thử nghiệm", "$course$/Khác/Nhiều đáp án");
    }

    @Test
    void writing_what_was_read_gives_the_same_text_again() {
        String gift = GiftWriter.write(EVERY_TYPE);
        assertThat(GiftWriter.write(GiftParser.parse(gift).questions())).isEqualTo(gift);
    }

    @Test
    void the_moodle_export_survives_a_round_trip() throws IOException, URISyntaxException {
        GiftImport export = GiftParser.parse(Path.of(getClass().getResource("/gift/moodle-export.gift").toURI()));
        GiftImport back = GiftParser.parse(GiftWriter.write(export.questions()));
        assertThat(back.questions()).containsExactlyElementsOf(export.questions());
        assertThat(back.categories()).isEqualTo(export.categories());
    }

    @Test
    void a_single_choice_is_written_as_moodle_writes_it() {
        Question question = new SingleChoice(new Stem("Câu 1", "Thủ đô: ở đâu?", TextFormat.MOODLE,
                "Hà Nội #1.", "$course$/Địa lý", 1.0),
                List.of(new Choice("Hà Nội", 1.0, "Đúng!"), new Choice("Huế", 0.5, null), Choice.wrong("Vinh", null)));
        assertThat(GiftWriter.write(List.of(question))).isEqualTo("""
                $CATEGORY: $course$/Địa lý

                ::Câu 1::Thủ đô\\: ở đâu?{
                \t=Hà Nội#Đúng!
                \t~%50%Huế
                \t~Vinh
                \t####Hà Nội \\#1.
                }

                """);
    }

    @Test
    void true_false_and_options_are_written_on_one_line_after_a_comment() {
        Question question = TrueFalse.of(Stem.of("Câu 2", "Đúng không?").withDefaultMark(2), true, "Đúng.", "Sai.");
        assertThat(GiftWriter.write(List.of(question)))
                .isEqualTo("// [mark:2]\n::Câu 2::Đúng không?{TRUE#Sai.#Đúng.}\n\n");
    }

    @Test
    void an_arrow_in_a_short_answer_or_a_matching_prompt_cannot_be_written() {
        ShortAnswer arrow = new ShortAnswer(Stem.of("Mũi tên", "Viết?"), List.of(AcceptedAnswer.of("a -> b")));
        assertThatThrownBy(() -> GiftWriter.write(List.of(arrow))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Mũi tên");
        Matching prompt = new Matching(Stem.of("Ghép", "Ghép?"), List.of(new Matching.Pair("a -> b", "1"),
                new Matching.Pair("c", "2"), new Matching.Pair("d", "3")));
        assertThatThrownBy(() -> GiftWriter.write(List.of(prompt))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothing_written_gives_an_empty_file() {
        assertThat(GiftWriter.write(List.of())).isEmpty();
        assertThat(GiftParser.parse("").ok()).isTrue();
    }
}
