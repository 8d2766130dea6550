package vn.tuoitreso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void vietnamese_diacritics_and_case_are_folded() {
        assertThat(Folding.fold("Chuyển Đổi Số")).isEqualTo("chuyen doi so");
        assertThat(Folding.fold("Thương mại điện tử")).isEqualTo("thuong mai dien tu");
    }

    @Test
    void text_without_diacritics_finds_text_with_them() {
        assertThat(Folding.contains("Đoàn xã Trùng Khánh", "trung khanh")).isTrue();
        assertThat(Folding.contains("Đoàn xã Trùng Khánh", "ha lang")).isFalse();
    }
}
