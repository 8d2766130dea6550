package vn.tuoitreso.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankQuestionTest {

    @Test
    void a_category_reads_as_a_path_of_names_without_moodle_markers() {
        assertThat(BankQuestion.label("$course$/top/An toàn số/Lừa đảo")).isEqualTo("An toàn số › Lừa đảo");
        assertThat(BankQuestion.label("$course$/Dịch vụ công trực tuyến")).isEqualTo("Dịch vụ công trực tuyến");
        assertThat(BankQuestion.label("$course$/Thanh toán/Lưu trữ")).isEqualTo("Thanh toán › Lưu trữ");
        assertThat(BankQuestion.label("")).isEmpty();
    }
}
