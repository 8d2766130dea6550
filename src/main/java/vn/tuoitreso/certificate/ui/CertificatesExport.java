package vn.tuoitreso.certificate.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.certificate.CertificateListing;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.shared.ProvinceTime;
import vn.tuoitreso.shared.export.Column;
import vn.tuoitreso.shared.export.Rows;
import vn.tuoitreso.shared.export.Sheet;

/**
 * A course's certificates as a table for the shared exporter (CSV and XLSX): holder, unit, course, code, the
 * day issued and the day revoked (empty while valid), days as dd/MM/yyyy in the province's time zone.
 */
final class CertificatesExport {

    /** The header's message keys, in column order. */
    static final List<String> COLUMNS = List.of("account.fullName", "certificate.admin.unit",
            "certificate.admin.course", "certificate.admin.code", "certificate.admin.issued",
            "certificate.admin.revokedOn");

    /** Certificates read from the database a page at a time. */
    static final int PAGE = 500;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ProvinceTime.ZONE);

    private CertificatesExport() {
    }

    /** @param translate turns a message key (the column headers) into text in the reader's language */
    static Sheet sheet(String name, Rows.Page<CertificateListing> page, Function<String, String> translate) {
        return new Sheet(name, COLUMNS.stream().map(key -> Column.text(translate.apply(key))).toList(),
                Rows.paged(PAGE, page, CertificatesExport::cells));
    }

    /** One certificate's cells, in the order of {@link #COLUMNS}. */
    static List<@Nullable Object> cells(CertificateListing listing) {
        CertificateSummary c = listing.certificate();
        return Arrays.asList(c.holderName(), listing.unit(), c.courseTitle(), c.code(), date(c.issuedAt()),
                date(c.revokedAt()));
    }

    private static String date(@Nullable Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
