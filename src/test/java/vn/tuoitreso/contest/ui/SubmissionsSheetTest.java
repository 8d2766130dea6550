package vn.tuoitreso.contest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.contest.SubmissionRow;
import vn.tuoitreso.contest.SubmissionStatus;

class SubmissionsSheetTest {

    @Test
    void the_workbook_has_a_translated_header_vietnamese_text_numbers_and_no_formula() throws IOException {
        Map<String, String> vi = Map.of("contest.admin.col.code", "Mã bài", "contest.status.submitted", "Đã nộp");
        SubmissionRow row = new SubmissionRow(7, "YT-ABCD2345", "=HYPERLINK(\"http://x\") Sổ tay số", "Lao động",
                "Vòng sơ khảo", "Xã Trùng Khánh", "Lò Văn Bạn", "", SubmissionStatus.SUBMITTED, 2,
                Instant.parse("2026-03-01T17:30:00Z"), Instant.parse("2026-03-02T01:05:00Z"), 3);
        byte[] file = SubmissionsSheet.write(List.of(row), key -> vi.getOrDefault(key, key), "Bài dự thi");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("Bài dự thi");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã bài");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\") Sổ tay số");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Đã nộp");
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("02/03/2026 00:30");
            assertThat(sheet.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(3);
        }
    }
}
