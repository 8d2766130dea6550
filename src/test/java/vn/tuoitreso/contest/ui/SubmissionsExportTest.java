package vn.tuoitreso.contest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.SliceImpl;
import vn.tuoitreso.contest.SubmissionRow;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.shared.export.Exports;

class SubmissionsExportTest {

    private static final Map<String, String> VI = Map.of("contest.admin.col.code", "Mã bài",
            "contest.admin.col.title", "Tên ý tưởng", "contest.status.submitted", "Đã nộp",
            "contest.status.draft", "Bản nháp");
    private static final Function<String, String> TRANSLATE = key -> VI.getOrDefault(key, key);

    @Test
    void the_file_starts_with_a_byte_order_mark_and_a_translated_header() throws IOException {
        byte[] csv = csv(List.of());
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Mã bài,Tên ý tưởng,").endsWith("\r\n");
        assertThat(text.split(",")).hasSize(SubmissionsExport.COLUMNS.size());
    }

    @Test
    void vietnamese_text_commas_quotes_and_line_breaks_survive_and_dates_are_in_province_time() throws IOException {
        SubmissionRow row = new SubmissionRow(7, "YT-ABCD2345", "Sổ tay \"số\" cho hợp tác xã, chè", "Lao động",
                "Vòng sơ khảo", "Xã Trùng Khánh", "Lò Văn Bạn", "Lò Văn Bạn, Vàng Thị Dợ", SubmissionStatus.SUBMITTED, 2,
                Instant.parse("2026-03-01T17:30:00Z"), Instant.parse("2026-03-02T01:05:00Z"), 3);
        String text = body(csv(List.of(row)));
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("YT-ABCD2345,\"Sổ tay \"\"số\"\" cho hợp tác xã, chè\",Lao động,Vòng sơ khảo,"
                + "Xã Trùng Khánh,Lò Văn Bạn,\"Lò Văn Bạn, Vàng Thị Dợ\",Đã nộp,2,02/03/2026 00:30,02/03/2026 08:05,3");
    }

    @Test
    void a_draft_has_no_submission_date_and_a_line_break_stays_inside_its_cell() throws IOException {
        SubmissionRow row = new SubmissionRow(8, "YT-2", "Dòng một\nDòng hai", "", "Vòng 1", "", "A", "",
                SubmissionStatus.DRAFT, 0, null, Instant.parse("2026-01-01T00:00:00Z"), 0);
        String text = body(csv(List.of(row)));
        assertThat(text).contains("YT-2,\"Dòng một\nDòng hai\",,Vòng 1,,A,,Bản nháp,0,,01/01/2026 07:00,0\r\n");
    }

    @Test
    void a_title_that_looks_like_a_formula_is_not_run_by_excel() throws IOException {
        SubmissionRow row = new SubmissionRow(9, "YT-3", "=HYPERLINK(\"http://x\")", "", "Vòng 1", "", "+84 912",
                "@SUM(A1)", SubmissionStatus.SUBMITTED, 1, null, Instant.parse("2026-01-01T00:00:00Z"), 0);
        String line = body(csv(List.of(row))).split("\r\n")[1];
        assertThat(line).startsWith("YT-3,\"'=HYPERLINK(\"\"http://x\"\")\",,Vòng 1,,'+84 912,'@SUM(A1),");
    }

    @Test
    void the_workbook_has_a_translated_header_vietnamese_text_numbers_and_no_formula() throws IOException {
        SubmissionRow row = new SubmissionRow(7, "YT-ABCD2345", "=HYPERLINK(\"http://x\") Sổ tay số", "Lao động",
                "Vòng sơ khảo", "Xã Trùng Khánh", "Lò Văn Bạn", "", SubmissionStatus.SUBMITTED, 2,
                Instant.parse("2026-03-01T17:30:00Z"), Instant.parse("2026-03-02T01:05:00Z"), 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.xlsx(SubmissionsExport.sheet("Bài dự thi", page -> new SliceImpl<>(List.of(row)), TRANSLATE), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Bài dự thi");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã bài");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\") Sổ tay số");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Đã nộp");
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("02/03/2026 00:30");
            assertThat(sheet.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(3);
        }
    }

    private static byte[] csv(List<SubmissionRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.csv(SubmissionsExport.sheet("x", page -> new SliceImpl<>(rows), TRANSLATE), out);
        return out.toByteArray();
    }

    private static String body(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
