package vn.tuoitreso.contest.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.SubmissionRow;
import vn.tuoitreso.shared.ProvinceTime;

/**
 * The organisers' list of submissions as a CSV file for Excel: UTF-8 with a byte order mark (without it Excel
 * reads Vietnamese as Windows-1252), comma-separated and quoted as RFC 4180 says, lines ending in CRLF, dates
 * as dd/MM/yyyy HH:mm in the province's time zone. A cell that starts like a formula is defused with an
 * apostrophe, since titles and names are typed by contestants.
 */
final class SubmissionsCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    /** The header's message keys, in column order. */
    static final List<String> COLUMNS = List.of("contest.admin.col.code", "contest.admin.col.title",
            "contest.admin.col.category", "contest.admin.col.round", "contest.admin.col.unit",
            "contest.admin.col.author", "contest.admin.col.team", "contest.admin.col.status",
            "contest.admin.col.revision", "contest.admin.col.submittedAt", "contest.admin.col.updatedAt",
            "contest.admin.col.files");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ProvinceTime.ZONE);

    private SubmissionsCsv() {
    }

    /** @param translate turns a message key (column headers, statuses) into text in the reader's language */
    static byte[] write(List<SubmissionRow> rows, Function<String, String> translate) {
        StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS.stream().map(translate).toList());
        for (SubmissionRow row : rows) {
            line(csv, cells(row, translate));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** One row's cells as text, in the order of {@link #COLUMNS}. */
    static List<String> cells(SubmissionRow row, Function<String, String> translate) {
        return List.of(row.code(), row.title(), row.categoryName(), row.roundName(), row.unitName(),
                row.ownerName(), row.teamNames(), translate.apply(row.status().messageKey()),
                Integer.toString(row.revision()), dateTime(row.submittedAt()), dateTime(row.updatedAt()),
                Integer.toString(row.attachments()));
    }

    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf(';') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
