package vn.tuoitreso.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.SliceImpl;
import vn.tuoitreso.certificate.CertificateListing;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.shared.export.Exports;

class CertificatesExportTest {

    private static final Map<String, String> VI = Map.of("account.fullName", "Họ và tên", "certificate.admin.unit",
            "Đơn vị", "certificate.admin.course", "Khóa học", "certificate.admin.code", "Mã",
            "certificate.admin.issued", "Ngày cấp", "certificate.admin.revokedOn", "Ngày thu hồi");
    private static final Function<String, String> TRANSLATE = key -> VI.getOrDefault(key, key);

    private static final CertificateListing VALID = new CertificateListing(new CertificateSummary("TTS-ABCDE-FGHJK",
            7, 3, "Nông Thị Hoa", "Thanh toán điện tử, an toàn", Instant.parse("2026-03-01T17:30:00Z"), null),
            "Tỉnh Cao Bằng / Huyện Hà Quảng / Xã Trường Hà");
    private static final CertificateListing REVOKED = new CertificateListing(new CertificateSummary("TTS-22222-33333",
            8, 3, "=Lò Văn \"Bạn\"", "Thanh toán điện tử, an toàn", Instant.parse("2026-01-10T03:00:00Z"),
            Instant.parse("2026-02-01T16:59:00Z")), "");

    @Test
    void the_csv_has_a_byte_order_mark_a_translated_header_and_days_in_province_time() throws IOException {
        byte[] csv = csv(List.of(VALID, REVOKED));
        assertThat(List.of(csv[0], csv[1], csv[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).containsExactly("Họ và tên,Đơn vị,Khóa học,Mã,Ngày cấp,Ngày thu hồi",
                "Nông Thị Hoa,Tỉnh Cao Bằng / Huyện Hà Quảng / Xã Trường Hà,\"Thanh toán điện tử, an toàn\","
                        + "TTS-ABCDE-FGHJK,02/03/2026,",
                // a name that looks like a formula is defused; a holder whose account is gone has no unit
                "\"'=Lò Văn \"\"Bạn\"\"\",,\"Thanh toán điện tử, an toàn\",TTS-22222-33333,10/01/2026,01/02/2026");
    }

    @Test
    void the_workbook_keeps_every_cell_as_text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.xlsx(CertificatesExport.sheet("Giấy chứng nhận", page -> new SliceImpl<>(List.of(REVOKED)),
                TRANSLATE), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Giấy chứng nhận");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Ngày thu hồi");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=Lò Văn \"Bạn\"");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("TTS-22222-33333");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("01/02/2026");
        }
    }

    private static byte[] csv(List<CertificateListing> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.csv(CertificatesExport.sheet("x", page -> new SliceImpl<>(rows), TRANSLATE), out);
        return out.toByteArray();
    }
}
