package vn.tuoitreso.contest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.contest.SubmissionRow;
import vn.tuoitreso.contest.SubmissionStatus;

class SubmissionsCsvTest {

    private static final Map<String, String> VI = Map.of("contest.admin.col.code", "Mã bài",
            "contest.admin.col.title", "Tên ý tưởng", "contest.status.submitted", "Đã nộp",
            "contest.status.draft", "Bản nháp");
    private static final Function<String, String> TRANSLATE = key -> VI.getOrDefault(key, key);

    @Test
    void the_file_starts_with_a_byte_order_mark_and_a_translated_header() {
        byte[] csv = SubmissionsCsv.write(List.of(), TRANSLATE);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Mã bài,Tên ý tưởng,").endsWith("\r\n");
        assertThat(text.split(",")).hasSize(SubmissionsCsv.COLUMNS.size());
    }

    @Test
    void vietnamese_text_commas_quotes_and_line_breaks_survive_and_dates_are_in_province_time() {
        SubmissionRow row = new SubmissionRow(7, "YT-ABCD2345", "Sổ tay \"số\" cho hợp tác xã, chè", "Lao động",
                "Vòng sơ khảo", "Xã Trùng Khánh", "Lò Văn Bạn", "Lò Văn Bạn, Vàng Thị Dợ", SubmissionStatus.SUBMITTED, 2,
                Instant.parse("2026-03-01T17:30:00Z"), Instant.parse("2026-03-02T01:05:00Z"), 3);
        String text = body(SubmissionsCsv.write(List.of(row), TRANSLATE));
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("YT-ABCD2345,\"Sổ tay \"\"số\"\" cho hợp tác xã, chè\",Lao động,Vòng sơ khảo,"
                + "Xã Trùng Khánh,Lò Văn Bạn,\"Lò Văn Bạn, Vàng Thị Dợ\",Đã nộp,2,02/03/2026 00:30,02/03/2026 08:05,3");
    }

    @Test
    void a_draft_has_no_submission_date_and_a_line_break_stays_inside_its_cell() {
        SubmissionRow row = new SubmissionRow(8, "YT-2", "Dòng một\nDòng hai", "", "Vòng 1", "", "A", "",
                SubmissionStatus.DRAFT, 0, null, Instant.parse("2026-01-01T00:00:00Z"), 0);
        String text = body(SubmissionsCsv.write(List.of(row), TRANSLATE));
        assertThat(text).contains("YT-2,\"Dòng một\nDòng hai\",,Vòng 1,,A,,Bản nháp,0,,01/01/2026 07:00,0\r\n");
    }

    @Test
    void a_cell_that_looks_like_a_formula_is_not_run_by_excel() {
        assertThat(SubmissionsCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(SubmissionsCsv.cell("+84 912")).isEqualTo("'+84 912");
        assertThat(SubmissionsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SubmissionsCsv.cell("Ý tưởng 2 = 1 + 1")).isEqualTo("Ý tưởng 2 = 1 + 1");
    }

    private static String body(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
