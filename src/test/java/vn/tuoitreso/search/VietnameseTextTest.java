package vn.tuoitreso.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void folding_removes_marks_and_turns_dd_into_d() {
        assertThat(VietnameseText.fold("Chuyển Đổi Số ở Trùng Khánh")).isEqualTo("chuyen doi so o trung khanh");
        assertThat(VietnameseText.fold("đường dương đương")).isEqualTo("duong duong duong");
    }

    @Test
    void decomposed_input_folds_like_composed_input_and_keeps_offsets() {
        String decomposed = Normalizer.normalize("Bảo Lạc", Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo("bao lac");
        assertThat(VietnameseText.fold(decomposed)).hasSameSizeAs(VietnameseText.lower(decomposed));
    }

    @Test
    void lower_keeps_the_marks() {
        assertThat(VietnameseText.lower("ĐƯỜNG")).isEqualTo("đường");
    }
}
