package vn.tuoitreso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeFileNamesTest {

    @Test
    void unix_and_windows_paths_are_stripped_to_the_last_segment() {
        assertThat(SafeFileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeFileNames.clean("..\\..\\Windows\\System32\\evil.exe")).isEqualTo("evil.exe");
        assertThat(SafeFileNames.clean("C:\\Users\\Lan\\Báo cáo.docx")).isEqualTo("Báo cáo.docx");
        assertThat(SafeFileNames.clean("a/b\\c/d.pdf")).isEqualTo("d.pdf");
    }

    @Test
    void bidi_overrides_and_zero_width_characters_are_removed() {
        assertThat(SafeFileNames.clean("hoa-don\u202Efdp.exe")).isEqualTo("hoa-donfdp.exe");
        assertThat(SafeFileNames.clean("\u2066bai\u2069\u200B-thi\u200D\uFEFF.pdf")).isEqualTo("bai-thi.pdf");
        assertThat(SafeFileNames.clean("\u200E\u200Fy\u00ADtuong.odt")).isEqualTo("ytuong.odt");
    }

    @Test
    void control_characters_are_removed_and_whitespace_collapsed() {
        assertThat(SafeFileNames.clean("bao\u0000cao\u001b.pdf")).isEqualTo("baocao.pdf");
        assertThat(SafeFileNames.clean("  du   an\tmoi\n.docx  ")).isEqualTo("du an moi .docx");
        assertThat(SafeFileNames.clean("a\u2028b\u0085c.txt")).isEqualTo("a bc.txt");
    }

    @Test
    void leading_and_trailing_dots_are_removed() {
        assertThat(SafeFileNames.clean(".htaccess")).isEqualTo("htaccess");
        assertThat(SafeFileNames.clean("...hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(SafeFileNames.clean("ke-hoach.pdf. . .")).isEqualTo("ke-hoach.pdf");
    }

    @Test
    void reserved_windows_names_are_prefixed() {
        assertThat(SafeFileNames.clean("CON")).isEqualTo("_CON");
        assertThat(SafeFileNames.clean("con.txt")).isEqualTo("_con.txt");
        assertThat(SafeFileNames.clean("LPT1.tar.gz")).isEqualTo("_LPT1.tar.gz");
        assertThat(SafeFileNames.clean("CONSOLE.txt")).isEqualTo("CONSOLE.txt");
    }

    @Test
    void characters_windows_forbids_become_underscores() {
        assertThat(SafeFileNames.clean("a:b?c*d<e>f|g\"h.pdf")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
    }

    @Test
    void decomposed_vietnamese_is_normalised_to_nfc() {
        String decomposed = "Be\u0302\u0301n Tre\u0300 chuye\u0302\u0309n đo\u0302\u0309i so\u0302\u0301.pdf";
        assertThat(SafeFileNames.clean(decomposed)).isEqualTo("Bến Trè chuyển đổi số.pdf")
                .hasSize("Bến Trè chuyển đổi số.pdf".length());
    }

    @Test
    void long_names_are_cut_keeping_the_extension() {
        String cleaned = SafeFileNames.clean("ý".repeat(300) + ".docx");
        assertThat(cleaned).hasSize(SafeFileNames.MAX_LENGTH).endsWith("ý.docx").startsWith("ýýý");
        String emoji = SafeFileNames.clean("😀".repeat(150) + ".pdf");
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(SafeFileNames.MAX_LENGTH);
        assertThat(emoji).endsWith("😀.pdf");
    }

    @Test
    void a_name_with_nothing_left_becomes_document() {
        assertThat(SafeFileNames.clean("")).isEqualTo("document");
        assertThat(SafeFileNames.clean("   ")).isEqualTo("document");
        assertThat(SafeFileNames.clean("../")).isEqualTo("document");
        assertThat(SafeFileNames.clean("..")).isEqualTo("document");
        assertThat(SafeFileNames.clean("\u202E\u200B")).isEqualTo("document");
        assertThat(SafeFileNames.clean("C:\\temp\\")).isEqualTo("document");
    }

    @Test
    void an_ordinary_name_is_kept() {
        assertThat(SafeFileNames.clean("Kế hoạch 2025 (bản 2).docx")).isEqualTo("Kế hoạch 2025 (bản 2).docx");
    }
}
