package vn.tuoitreso.contest.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tuoitreso.contest.SubmissionRow;

/**
 * The organisers' list as an Excel workbook: opens the same in every Excel, whatever the computer's list
 * separator (a Vietnamese Windows expects semicolons in a CSV). Same columns and texts as the CSV; counts
 * are numbers; every cell typed by a contestant is text, so nothing is read as a formula.
 */
final class SubmissionsSheet {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<Integer> NUMERIC = List.of(SubmissionsCsv.COLUMNS.indexOf("contest.admin.col.revision"),
            SubmissionsCsv.COLUMNS.indexOf("contest.admin.col.files"));

    private SubmissionsSheet() {
    }

    static byte[] write(List<SubmissionRow> rows, Function<String, String> translate, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < SubmissionsCsv.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(translate.apply(SubmissionsCsv.COLUMNS.get(c)));
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r + 1);
                List<String> cells = SubmissionsCsv.cells(rows.get(r), translate);
                for (int c = 0; c < cells.size(); c++) {
                    if (NUMERIC.contains(c)) {
                        line.createCell(c).setCellValue(Integer.parseInt(cells.get(c)));
                    } else {
                        line.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < SubmissionsCsv.COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, widest(sheet, c))) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int widest(XSSFSheet sheet, int column) {
        int widest = 0;
        for (Row row : sheet) {
            var cell = row.getCell(column);
            if (cell != null) {
                widest = Math.max(widest, cell.toString().length() + 2);
            }
        }
        return widest;
    }
}
