package vn.tuoitreso.quiz.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
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

class GiftParserTest {

    private static final String SECURITY = "$course$/top/Kỹ năng số/An toàn thông tin";
    private static final String SELLING = "$course$/top/Kỹ năng số/Bán hàng trực tuyến";

    private static List<String> exportLines;
    private static GiftImport export;

    @BeforeAll
    static void read_the_moodle_export() throws IOException, URISyntaxException {
        Path file = Path.of(GiftParserTest.class.getResource("/gift/moodle-export.gift").toURI());
        exportLines = Files.readAllLines(file);
        export = GiftParser.parse(file);
    }

    @Test
    void the_moodle_export_reads_without_problems_in_file_order() {
        assertThat(export.ok()).isTrue();
        assertThat(export.problems()).isEmpty();
        assertThat(export.categories()).containsExactly(SECURITY, SELLING);
        assertThat(export.questions()).extracting(Question::name).containsExactly("Mật khẩu mạnh",
                "Xử lý tin nhắn lạ", "Không nên đăng công khai", "Xác thực hai lớp", "Tên giả", "Deepfake",
                "Khối lượng đơn hàng", "Năm sáp nhập", "Số chữ số của mã OTP", "Ghép việc với mục đích",
                "Phí mở gian hàng", "Thương mại điện tử", "Ký tự :: đặc biệt",
                "Đoàn viên nên làm gì khi thấy tin \"phạt tiền nếu chưa cập nhật giấy tờ\"?");
        assertThat(export.questions()).extracting(Question::category).containsExactly(SECURITY, SECURITY,
                SECURITY, SECURITY, SECURITY, SECURITY, SELLING, SELLING, SELLING, SELLING, SELLING, SELLING,
                SELLING, SELLING);
    }

    @Test
    void an_html_single_choice_keeps_its_format_feedback_and_general_feedback() {
        assertThat(question("Mật khẩu mạnh")).isEqualTo(new SingleChoice(
                new Stem("Mật khẩu mạnh", "<p>Mật khẩu nào dưới đây <strong>an toàn nhất</strong>?</p>",
                        TextFormat.HTML, "<p>Không dùng chung một mật khẩu cho nhiều tài khoản.</p>", SECURITY, 1.0),
                List.of(Choice.right("Một cụm từ dài tự nghĩ ra, có chữ hoa, số và ký hiệu", "Đúng! Dài và khó đoán."),
                        Choice.wrong("Ngày sinh 12/03/2005", "Rất dễ đoán."),
                        Choice.wrong("123456", "Bị dò ra trong vài giây."))));
    }

    @Test
    void a_single_choice_may_give_partial_and_negative_credit() {
        SingleChoice question = (SingleChoice) question("Xử lý tin nhắn lạ");
        assertThat(question.choices()).containsExactly(
                new Choice("Không bấm, báo cho người thân và công an xã", 1.0, "Chính xác."),
                new Choice("Hỏi lại người gửi qua một kênh khác", 0.5, "Được một nửa: nên báo công an xã nữa."),
                new Choice("Bấm thử xem có gì", -0.25, "Nguy hiểm: link có thể cài mã độc."),
                new Choice("Chia sẻ vào nhóm Zalo của bản", 0.0, null));
        assertThat(question.correctIndex()).isZero();
    }

    @Test
    void weights_without_an_equals_sign_make_a_multiple_answer_question() {
        assertThat(question("Không nên đăng công khai")).isEqualTo(new MultipleChoice(
                new Stem("Không nên đăng công khai",
                        "Những thứ nào KHÔNG nên đăng công khai? (Chọn tất cả đáp án đúng)", TextFormat.MOODLE, null,
                        SECURITY, 1.0),
                List.of(new Choice("Ảnh thẻ căn cước", 0.3333333, "Đúng, dễ bị mạo danh."),
                        new Choice("Vé máy bay có mã đặt chỗ", 0.3333333, "Đúng."),
                        new Choice("Ảnh thẻ ngân hàng", 0.3333333, "Đúng."),
                        new Choice("Ảnh đồi chè quê hương", -1.0, "Ảnh phong cảnh có thể chia sẻ."))));
    }

    @Test
    void true_false_feedback_comes_wrong_answer_first_as_in_moodle() {
        TrueFalse twoStep = (TrueFalse) question("Xác thực hai lớp");
        assertThat(twoStep).isEqualTo(new TrueFalse(
                new Stem("Xác thực hai lớp", "Bật xác thực hai lớp giúp tài khoản an toàn hơn.", TextFormat.MOODLE,
                        "Nhớ lưu mã dự phòng.", SECURITY, 1.0),
                true, "Đúng vậy!", "Chưa đúng: lớp thứ hai chặn kẻ gian."));
        assertThat(twoStep.wrongFeedback()).isEqualTo("Chưa đúng: lớp thứ hai chặn kẻ gian.");

        TrueFalse fakeName = (TrueFalse) question("Tên giả");
        assertThat(fakeName.correct()).isFalse();
        assertThat(fakeName.feedbackOnTrue()).isEqualTo("Sai, pháp luật vẫn xử lý.");
        assertThat(fakeName.feedbackOnFalse()).isEqualTo("Chính xác!");
        assertThat(fakeName.rightFeedback()).isEqualTo("Chính xác!");
    }

    @Test
    void a_moodle_short_answer_keeps_weights_and_drops_empty_feedback() {
        assertThat(question("Deepfake")).isEqualTo(new ShortAnswer(
                new Stem("Deepfake", "Video giả mạo người thật bằng trí tuệ nhân tạo gọi là gì?", TextFormat.MOODLE,
                        null, SECURITY, 1.0),
                List.of(AcceptedAnswer.of("deepfake"), AcceptedAnswer.of("deep fake"),
                        new AcceptedAnswer("video giả", 0.5, "Gần đúng, hãy dùng thuật ngữ tiếng Anh."))));
    }

    @Test
    void numerical_answers_read_tolerance_range_weights_and_other_answer_feedback() {
        assertThat(question("Khối lượng đơn hàng")).isEqualTo(new Numerical(
                new Stem("Khối lượng đơn hàng", "3 túi chè, mỗi túi 500 g, nặng bao nhiêu ki-lô-gam?",
                        TextFormat.MOODLE, null, SELLING, 1.0),
                List.of(new NumericAnswer(new NumericRule.Tolerance(1.5, 0.01), 1.0, "Đúng: 3 × 0,5 = 1,5 kg."),
                        new NumericAnswer(new NumericRule.Range(1, 2), 0.5, "Gần đúng.")),
                "Hãy nhân số túi với khối lượng một túi."));
        assertThat(((Numerical) question("Năm sáp nhập")).answers()).containsExactly(
                NumericAnswer.of(new NumericRule.Exact(2025)),
                new NumericAnswer(new NumericRule.Tolerance(2025, 1), 0.5, "Gần đúng."));
        assertThat(((Numerical) question("Số chữ số của mã OTP")).answers())
                .containsExactly(NumericAnswer.of(new NumericRule.Exact(6)));
    }

    @Test
    void matching_reads_pairs_a_distractor_and_markdown() {
        Matching matching = (Matching) question("Ghép việc với mục đích");
        assertThat(matching).isEqualTo(new Matching(
                new Stem("Ghép việc với mục đích", "Ghép **mỗi việc** với mục đích của nó.", TextFormat.MARKDOWN,
                        "Mỗi việc đều giúp khách tin tưởng hơn.", SELLING, 1.0),
                List.of(new Matching.Pair("In tem mã QR", "Truy xuất nguồn gốc"),
                        new Matching.Pair("Lập lịch mùa vụ", "Tránh nhận đơn khi hết hàng"),
                        new Matching.Pair("Bọc túi chống ẩm", "Giữ thảo quả khô không mốc")),
                List.of("Tăng giá bán gấp đôi")));
        assertThat(matching.answers()).containsExactly("Truy xuất nguồn gốc", "Tránh nhận đơn khi hết hàng",
                "Giữ thảo quả khô không mốc", "Tăng giá bán gấp đôi");
    }

    @Test
    void a_missing_word_question_keeps_the_text_after_the_answers_around_a_blank() {
        SingleChoice question = (SingleChoice) question("Phí mở gian hàng");
        assertThat(question.text())
                .isEqualTo("Với người bán mới, mở gian hàng trên sàn thường _____ trong tháng đầu.");
        assertThat(question.choices()).extracting(Choice::text).containsExactly("tốn nhiều tiền", "miễn phí",
                "phải đặt cọc");
        assertThat(question.correctIndex()).isEqualTo(1);
    }

    @Test
    void a_comment_carries_the_mark_and_the_diacritics_option() {
        assertThat(question("Thương mại điện tử")).isEqualTo(new ShortAnswer(
                new Stem("Thương mại điện tử", "Viết đầy đủ cụm từ \"TMĐT\".", TextFormat.PLAIN, null, SELLING, 2.0),
                List.of(new AcceptedAnswer("thương mại điện tử", 1.0, "Chính xác.")), false, true));
    }

    @Test
    void escapes_give_back_the_special_characters_and_line_breaks() {
        SingleChoice question = (SingleChoice) question("Ký tự :: đặc biệt");
        assertThat(question.text()).isEqualTo(
                "Giờ mở cửa 7:30, mã giảm giá #TTS2025, công thức 1 + 1 = 2, ký hiệu ~ và {ngoặc}.\nDòng thứ hai.");
        assertThat(question.choices()).containsExactly(Choice.right("Đã hiểu", null),
                Choice.wrong("Chưa hiểu", "Đọc lại dòng: \"{ngoặc}\"."));
    }

    @Test
    void a_question_without_a_name_is_named_after_its_text() {
        Question unnamed = export.questions().get(export.questions().size() - 1);
        assertThat(unnamed.name()).isEqualTo(unnamed.text())
                .isEqualTo("Đoàn viên nên làm gì khi thấy tin \"phạt tiền nếu chưa cập nhật giấy tờ\"?");
    }

    @Test
    void descriptions_essays_and_types_moodle_could_not_export_are_reported_on_their_lines() {
        assertThat(export.unsupported()).containsExactly(
                new GiftProblem(lineOf("::Giới thiệu khóa học::"), GiftProblem.UNSUPPORTED_DESCRIPTION,
                        "Giới thiệu khóa học"),
                new GiftProblem(lineOf("::Bài viết giới thiệu sản phẩm::"), GiftProblem.UNSUPPORTED_ESSAY,
                        "Bài viết giới thiệu sản phẩm"),
                new GiftProblem(lineOf("name: Điền từ (Cloze)"), GiftProblem.UNSUPPORTED_NOT_EXPORTED,
                        "Điền từ (Cloze)"));
    }

    @Test
    void a_long_text_without_a_name_is_shortened_at_a_word_for_the_name() {
        String text = "Khi hướng dẫn ông bà dùng ứng dụng ngân hàng, người hỗ trợ cần làm gì để ông bà tự làm "
                + "được và tự bảo vệ mình trước các chiêu lừa đảo?";
        Question question = GiftParser.parse(text + "{=Để ông bà tự bấm ~Bấm giúp cho nhanh}").questions().get(0);
        assertThat(question.name()).endsWith("...").hasSizeLessThanOrEqualTo(83);
        assertThat(text).startsWith(question.name().substring(0, question.name().length() - 3));
    }

    @Test
    void html_tags_are_left_out_of_a_name_made_from_the_text() {
        Question question = GiftParser.parse("[html]<p>Chọn <b>đúng</b></p>{=Có ~Không}").questions().get(0);
        assertThat(question.name()).isEqualTo("Chọn đúng");
        assertThat(question.text()).isEqualTo("<p>Chọn <b>đúng</b></p>");
    }

    @Test
    void windows_line_endings_and_a_byte_order_mark_do_not_matter() {
        GiftImport gift = GiftParser.parse("\uFEFF$CATEGORY: $course$/Thử\r\n\r\n::Câu 1::Hà Nội là thủ đô.{T}\r\n"
                + "\r\n::Câu 2::Thủ đô là?{\r\n=Hà Nội\r\n}\r\n");
        assertThat(gift.ok()).isTrue();
        assertThat(gift.categories()).containsExactly("$course$/Thử");
        assertThat(gift.questions()).extracting(Question::name).containsExactly("Câu 1", "Câu 2");
        assertThat(((ShortAnswer) gift.questions().get(1)).answers()).containsExactly(AcceptedAnswer.of("Hà Nội"));
    }

    @Test
    void true_false_needs_the_exact_upper_case_words() {
        assertThat(GiftParser.parse("Đúng không?{T}").questions().get(0)).isInstanceOf(TrueFalse.class);
        assertThat(GiftParser.parse("Đúng không?{F####Giải thích.}").questions().get(0))
                .isEqualTo(new TrueFalse(Stem.of("Đúng không?", "Đúng không?").withGeneralFeedback("Giải thích."),
                        false, null, null));
        assertThat(GiftParser.parse("Đúng không?{=TRUE}").questions().get(0)).isInstanceOf(ShortAnswer.class);
    }

    @Test
    void several_right_answers_marked_with_equals_stay_a_single_choice() {
        SingleChoice question = (SingleChoice) GiftParser.parse("Số nào chẵn?{=2 =4 ~5}").questions().get(0);
        assertThat(question.choices()).extracting(Choice::fraction).containsExactly(1.0, 1.0, 0.0);
    }

    @Test
    void a_multiple_answer_question_with_a_full_weight_choice_and_no_equals_stays_multiple() {
        assertThat(GiftParser.parse("Chọn?{~%100%Có ~Không}").questions().get(0)).isInstanceOf(MultipleChoice.class);
    }

    @Test
    void the_last_four_hashes_start_the_general_feedback_and_a_format_marker_on_it_is_dropped() {
        ShortAnswer question = (ShortAnswer) GiftParser.parse("Viết tắt?{=OTP#Đúng####[html]<p>OTP</p>}")
                .questions().get(0);
        assertThat(question.generalFeedback()).isEqualTo("<p>OTP</p>");
        assertThat(question.answers()).containsExactly(new AcceptedAnswer("OTP", 1.0, "Đúng"));
    }

    @Test
    void a_backslash_before_an_ordinary_character_stays_and_a_double_backslash_is_one() {
        Question question = GiftParser.parse("Đường dẫn C:\\Users\\d\\\\x?{=có ~không}").questions().get(0);
        assertThat(question.text()).isEqualTo("Đường dẫn C:\\Users\\d\\x?");
    }

    @Test
    void negative_numbers_and_negative_ranges_are_numbers() {
        Numerical question = (Numerical) GiftParser.parse("Nhiệt độ?{#=-5:0.5 =%50%-10..-6}").questions().get(0);
        assertThat(question.answers()).extracting(NumericAnswer::rule)
                .containsExactly(new NumericRule.Tolerance(-5, 0.5), new NumericRule.Range(-10, -6));
    }

    @Test
    void a_file_with_only_comments_has_nothing_to_import_and_no_problem() {
        GiftImport gift = GiftParser.parse("// chỉ có ghi chú\n\n// và ghi chú nữa\n");
        assertThat(gift.ok()).isTrue();
        assertThat(gift.questions()).isEmpty();
        assertThat(gift.unsupported()).isEmpty();
    }

    private static Question question(String name) {
        return export.questions().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    private static int lineOf(String text) {
        for (int i = 0; i < exportLines.size(); i++) {
            if (exportLines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("not in the export: " + text);
    }
}
