package vn.tuoitreso.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.SliceImpl;

class ExportsTest {

    private static final List<Column> COLUMNS = List.of(Column.text("Mã"), Column.text("Tên"),
            Column.number("Điểm"));

    @Test
    void a_cell_that_looks_like_a_formula_is_defused_and_a_figure_is_not() {
        assertThat(Exports.defused("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(Exports.defused("+84 912")).isEqualTo("'+84 912");
        assertThat(Exports.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Exports.defused("-1+2")).isEqualTo("'-1+2");
        assertThat(Exports.defused("\tx")).isEqualTo("'\tx");
        assertThat(Exports.defused("Ý tưởng 2 = 1 + 1")).isEqualTo("Ý tưởng 2 = 1 + 1");
        assertThat(Exports.defused("-2.5")).isEqualTo("-2.5");
    }

    @Test
    void csv_quotes_as_rfc_4180_says_and_writes_numbers_plainly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.csv(new Sheet("x", COLUMNS, Rows.of(List.of(Arrays.asList("=1+1", "Chè \"Shan\", tuyết", 8.5),
                Arrays.asList("A", null, 10.0)))), out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFMã,Tên,Điểm\r\n'=1+1,\"Chè \"\"Shan\"\", tuyết\",8.5\r\nA,,10\r\n");
    }

    @Test
    void xlsx_keeps_text_as_text_numbers_as_numbers_and_gives_every_sheet_a_distinct_name() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sheet sheet = new Sheet("Bảng: thi/đua", COLUMNS, Rows.of(List.of(Arrays.asList("0123", "=SUM(A1)", 7))));
        Exports.xlsx(List.of(sheet, sheet), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isNotEqualTo(workbook.getSheetName(1));
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("0123");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=SUM(A1)");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(7);
            assertThat(workbook.getFontAt(workbook.getSheetAt(0).getRow(0).getCell(0).getCellStyle().getFontIndex())
                    .getBold()).isTrue();
        }
    }

    @Test
    void paged_rows_ask_for_the_next_page_only_while_the_last_said_there_is_one() throws IOException {
        List<Integer> asked = new ArrayList<>();
        Rows rows = Rows.paged(2, page -> {
            asked.add(page.getPageNumber());
            List<String> items = page.getPageNumber() < 2 ? List.of("a", "b") : List.of("c");
            return new SliceImpl<>(items, page, page.getPageNumber() < 2);
        }, item -> List.of(item, item, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.csv(new Sheet("x", COLUMNS, rows), out);
        assertThat(asked).containsExactly(0, 1, 2);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8).split("\r\n")).hasSize(6);
    }

    @Test
    void keyed_rows_ask_for_the_items_after_the_last_key_until_a_page_comes_short() throws IOException {
        List<Long> asked = new ArrayList<>();
        List<Long> keys = List.of(3L, 8L, 9L, 15L, 21L);
        Rows rows = Rows.keyed(2, (after, size) -> {
            asked.add(after);
            return keys.stream().filter(k -> k > after).limit(size).toList();
        }, k -> k, k -> List.of("n" + k, "x", k));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.csv(new Sheet("x", COLUMNS, rows), out);
        assertThat(asked).containsExactly(0L, 8L, 15L);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8).split("\r\n")).hasSize(6)
                .endsWith("n21,x,21");
    }

    /** Rows made one by one: the first is gone from memory long before the last is made. */
    @Test
    void a_large_csv_is_written_while_its_rows_are_made_and_none_is_kept() throws IOException {
        AtomicLong written = new AtomicLong();
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                written.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written.addAndGet(len);
            }
        };
        int total = 200_000;
        AtomicLong writtenAtHalf = new AtomicLong();
        List<WeakReference<Object>> first = new ArrayList<>();
        Exports.csv(new Sheet("x", COLUMNS, sink -> {
            for (int i = 0; i < total; i++) {
                String name = "Đoàn viên số " + i + " xã Quảng Hòa";
                if (i == 0) {
                    first.add(new WeakReference<>(name));
                }
                if (i == total / 2) {
                    writtenAtHalf.set(written.get());
                    assertForgotten(first.get(0));
                }
                sink.accept(List.of("U" + i, name, i));
            }
        }), counting);
        // half the rows were already in the stream when the second half was being made
        assertThat(writtenAtHalf.get()).isGreaterThan(written.get() / 3);
    }

    @Test
    void a_large_workbook_keeps_only_a_window_of_rows_in_memory() throws IOException {
        int total = 20_000;
        AtomicInteger made = new AtomicInteger();
        List<WeakReference<Object>> first = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.xlsx(new Sheet("x", COLUMNS, sink -> {
            for (int i = 0; i < total; i++) {
                List<Object> row = new ArrayList<>(List.of("U" + i, "Đoàn viên số " + i, i));
                if (i == 0) {
                    first.add(new WeakReference<>(row.get(1)));
                }
                if (i == Exports.WINDOW * 5) {
                    assertForgotten(first.get(0));
                }
                sink.accept(row);
                made.incrementAndGet();
            }
        }), out);
        assertThat(made.get()).isEqualTo(total);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(total);
            assertThat(workbook.getSheetAt(0).getRow(total).getCell(1).getStringCellValue())
                    .isEqualTo("Đoàn viên số " + (total - 1));
        }
    }

    /** Nothing holds the first row's text any more: a collection clears the weak reference. */
    private static void assertForgotten(WeakReference<Object> reference) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            System.gc();
            return reference.get() == null;
        });
    }
}
