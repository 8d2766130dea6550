package vn.tuoitreso.contest.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.SubmissionRow;
import vn.tuoitreso.shared.ProvinceTime;
import vn.tuoitreso.shared.export.Column;
import vn.tuoitreso.shared.export.Rows;
import vn.tuoitreso.shared.export.Sheet;

/**
 * The organisers' list of submissions as a table for the shared exporter (CSV and XLSX): dates as
 * dd/MM/yyyy HH:mm in the province's time zone, the revision and the number of files as numbers, everything a
 * contestant typed as text.
 */
final class SubmissionsExport {

    /** The header's message keys, in column order. */
    static final List<String> COLUMNS = List.of("contest.admin.col.code", "contest.admin.col.title",
            "contest.admin.col.category", "contest.admin.col.round", "contest.admin.col.unit",
            "contest.admin.col.author", "contest.admin.col.team", "contest.admin.col.status",
            "contest.admin.col.revision", "contest.admin.col.submittedAt", "contest.admin.col.updatedAt",
            "contest.admin.col.files");
    private static final List<String> NUMERIC = List.of("contest.admin.col.revision", "contest.admin.col.files");

    /** Rows read from the database a page at a time. */
    static final int PAGE = 500;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ProvinceTime.ZONE);

    private SubmissionsExport() {
    }

    /** @param translate turns a message key (column headers, statuses) into text in the reader's language */
    static Sheet sheet(String name, Rows.Page<SubmissionRow> page, Function<String, String> translate) {
        List<Column> columns = COLUMNS.stream().map(key -> NUMERIC.contains(key)
                ? Column.number(translate.apply(key)) : Column.text(translate.apply(key))).toList();
        return new Sheet(name, columns, Rows.paged(PAGE, page, row -> cells(row, translate)));
    }

    /** One row's cells, in the order of {@link #COLUMNS}. */
    static List<@Nullable Object> cells(SubmissionRow row, Function<String, String> translate) {
        return Arrays.asList(row.code(), row.title(), row.categoryName(), row.roundName(), row.unitName(),
                row.ownerName(), row.teamNames(), translate.apply(row.status().messageKey()), row.revision(),
                dateTime(row.submittedAt()), dateTime(row.updatedAt()), row.attachments());
    }

    private static String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
