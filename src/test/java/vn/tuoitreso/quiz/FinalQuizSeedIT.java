package vn.tuoitreso.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseDefinition;
import vn.tuoitreso.learning.CourseImports;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;

/** The seed's final quiz: a bank drawn from, revised in place when the seed's file changes. */
@PlatformTest
class FinalQuizSeedIT {

    private static final String TITLE = "Bài kiểm tra cuối khóa";

    @Autowired QuizAuthoring authoring;
    @Autowired CourseImports imports;
    @Autowired Catalogue catalogue;

    @Test
    void a_revised_seed_file_adds_new_questions_retires_old_ones_and_the_final_quiz_draws_from_the_bank() {
        String slug = "ngan-hang-" + System.nanoTime();
        SystemTasks.runAsSystem(() -> {
            imports.importCourse(new CourseDefinition(slug, "Khóa ngân hàng câu hỏi", "Thử", List.of(), CourseLevel.BASIC,
                    10, 60, List.of(new CourseDefinition.Section("Phần", List.of(
                            new CourseDefinition.Lesson("bai", "Bài", 5, null, "Nội dung"))))));
            long courseId = catalogue.course(slug).orElseThrow().id();

            assertThat(authoring.importFinalQuiz(slug, gift("Câu 1::Mã OTP chỉ dùng một lần.{T}",
                    "Câu 2::Có thể cho người lạ mượn tài khoản ngân hàng.{F}",
                    "Câu 3::Quét mã QR lạ để nhận quà là an toàn.{F}"), TITLE, null)).isTrue();
            QuizOverview first = authoring.quizzes(courseId).get(0);
            assertThat(first.questionIds()).hasSize(3);
            assertThat(first.settings().drawCount()).isNull();

            String revised = gift("Câu 1::Mã OTP chỉ dùng một lần.{T}",
                    "Câu 2::Ngân hàng không bao giờ hỏi mã OTP qua điện thoại.{T}",
                    "Câu 4::Xác thực sinh trắc học so khớp khuôn mặt với căn cước gắn chip.{T}",
                    "Câu 5::Nhân viên ngân hàng gọi điện để giúp cập nhật sinh trắc học là việc bình thường.{F}");
            assertThat(authoring.importFinalQuiz(slug, revised, TITLE, 2)).isTrue();
            assertThat(authoring.importFinalQuiz(slug, revised, TITLE, 2)).as("the same file again").isFalse();

            List<BankQuestion> bank = authoring.bank(courseId);
            String category = bank.stream().filter(q -> q.text().startsWith("Mã OTP")).findFirst().orElseThrow().category();
            assertThat(bank).filteredOn(q -> q.category().equals(category)).extracting(BankQuestion::name)
                    .containsExactlyInAnyOrder("Câu 1", "Câu 2", "Câu 4", "Câu 5");
            assertThat(bank).filteredOn(q -> q.category().endsWith("/Lưu trữ")).extracting(BankQuestion::text)
                    .containsExactlyInAnyOrder("Có thể cho người lạ mượn tài khoản ngân hàng.",
                            "Quét mã QR lạ để nhận quà là an toàn.");
            QuizOverview quiz = authoring.quizzes(courseId).get(0);
            assertThat(quiz.id()).isEqualTo(first.id());
            assertThat(quiz.settings().drawCount()).isEqualTo(2);
            assertThat(quiz.settings().drawCategory()).isEqualTo(category);
        });
    }

    private static String gift(String... questions) {
        StringBuilder text = new StringBuilder("$CATEGORY: $course$/Khóa ngân hàng câu hỏi\n\n");
        for (String q : questions) {
            text.append("::").append(q).append("\n\n");
        }
        return text.toString();
    }
}
