package vn.tuoitreso.shared.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes tables for Excel, row by row, to an output stream.
 * <ul>
 * <li>CSV (Apache Commons CSV): UTF-8 with a byte order mark (without it Excel reads Vietnamese as
 * Windows-1252), comma-separated, quoted as RFC 4180 says, lines ending in CRLF. A text cell that starts like a
 * formula ({@code = + - @}, tab, CR) is defused with an apostrophe, since titles and names are typed by people.</li>
 * <li>XLSX (Apache POI's streaming workbook): only a window of rows in memory, the rest in a compressed temporary
 * file; strings written inline (no shared-strings table growing with the file); a bold, frozen header; text
 * cells stay text (never a formula), number cells are numbers.</li>
 * </ul>
 */
public final class Exports {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows of a sheet kept in memory while writing a workbook; the others are already on disk. */
    static final int WINDOW = 100;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL).get();

    private Exports() {
    }

    /** The sheet as CSV; the stream is flushed, not closed. */
    public static void csv(Sheet sheet, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(sheet.columns().stream().map(c -> defused(c.header())).toList());
        List<String> line = new ArrayList<>(sheet.columns().size());
        try {
            sheet.rows().forEach(row -> {
                line.clear();
                for (int c = 0; c < sheet.columns().size(); c++) {
                    line.add(csvCell(c < row.size() ? row.get(c) : null, sheet.columns().get(c)));
                }
                try {
                    printer.printRecord(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    /** The sheets as one workbook; the stream is flushed, not closed. */
    public static void xlsx(List<Sheet> sheets, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> names = new ArrayList<>();
            for (Sheet sheet : sheets) {
                String name = WorkbookUtil.createSafeSheetName(sheet.name());
                for (int n = 2; names.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                    name = WorkbookUtil.createSafeSheetName(sheet.name() + " " + n);
                }
                names.add(name.toLowerCase(java.util.Locale.ROOT));
                write(workbook.createSheet(name), sheet, bold);
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close(); // also deletes the temporary files
        }
    }

    public static void xlsx(Sheet sheet, OutputStream out) throws IOException {
        xlsx(List.of(sheet), out);
    }

    private static void write(SXSSFSheet target, Sheet sheet, CellStyle bold) {
        List<Column> columns = sheet.columns();
        int[] widths = new int[columns.size()];
        Row header = target.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c).header());
            header.getCell(c).setCellStyle(bold);
            widths[c] = columns.get(c).header().length() + 2;
        }
        target.createFreezePane(0, 1);
        int[] next = {1};
        sheet.rows().forEach(row -> {
            int r = next[0]++;
            Row line = target.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                @Nullable Object value = c < row.size() ? row.get(c) : null;
                if (value == null) {
                    continue;
                }
                if (value instanceof Number number && columns.get(c).kind() == Column.Kind.NUMBER) {
                    line.createCell(c).setCellValue(number.doubleValue());
                } else {
                    // setCellValue(String) makes a string cell: a text typed by a person never runs as a formula
                    line.createCell(c).setCellValue(value instanceof BigDecimal d ? d.toPlainString()
                            : value.toString());
                }
                if (r <= WINDOW) {
                    widths[c] = Math.max(widths[c], value.toString().length() + 2);
                }
            }
        });
        // the widths come from the header and the first rows: the others are already written out
        for (int c = 0; c < columns.size(); c++) {
            target.setColumnWidth(c, Math.min(60, Math.max(8, widths[c])) * 256);
        }
    }

    private static String csvCell(@Nullable Object value, Column column) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number && column.kind() == Column.Kind.NUMBER) {
            return number(number);
        }
        return defused(value.toString());
    }

    /** A text cell Excel would run as a formula gets an apostrophe in front; a plain figure stays as it is. */
    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }

    private static String number(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        if (number instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return number.toString();
    }
}
