package vn.tuoitreso.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.reporting.ReportFilter;
import vn.tuoitreso.reporting.ReportPeriod;
import vn.tuoitreso.reporting.ReportingFixture;
import vn.tuoitreso.shared.export.Exports;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;

class ReportViewsIT extends BrowserlessViewTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired JdbcTemplate jdbc;

    AccountSummary organiser;
    long district;
    long active;
    long idle;

    @BeforeEach
    void aDistrictWithAnActiveAndAnIdleCommune() {
        organiser = new TestAccounts(accounts, units).create("Đinh Thị Báo Cáo", Role.ORGANISER);
        ReportingFixture f = new ReportingFixture(jdbc, units);
        district = f.unit(null, "Huyện Báo Cáo");
        active = f.unit(district, "Xã Sôi Nổi");
        idle = f.unit(district, "Xã Im Lặng");
        Instant joined = Instant.parse("2024-06-01T00:00:00Z");
        long a = f.member(active, joined, true);
        long b = f.member(active, joined, true);
        f.member(idle, joined, true);
        long course = f.course("Thanh toán điện tử");
        f.enrolment(course, a, Instant.parse("2025-02-01T00:00:00Z"), Instant.parse("2025-02-03T00:00:00Z"));
        f.enrolment(course, b, Instant.parse("2025-02-02T00:00:00Z"), null);
        f.certificate(a, course, Instant.parse("2025-02-03T00:00:00Z"), null);
    }

    @Test
    void the_dashboard_draws_its_charts_beside_their_numbers_and_marks_the_idle_commune() throws IOException {
        login(organiser.contact());
        UI.getCurrent().navigate("organiser/reports");
        DashboardView view = $(DashboardView.class).single();
        view.from.setValue(LocalDate.of(2025, 1, 1));
        view.to.setValue(LocalDate.of(2025, 3, 31));
        view.unit.setValue(unit(district));

        assertThat($(Svg.class).all()).extracting(Svg::getId).map(id -> id.orElse(""))
                .contains("chart-units", "chart-courses", "chart-months");
        assertThat($(Svg.class).id("chart-months").getElement().getProperty("innerHTML")).contains("<svg",
                "viewBox");
        assertThat(test(view.unitGrid).size()).isEqualTo(2);
        assertThat(test(view.unitGrid).getCellText(0, 0)).startsWith("Xã Sôi Nổi");
        assertThat(test(view.unitGrid).getCellText(0, 2)).isEqualTo("2");
        assertThat(test(view.unitGrid).getCellText(1, 8)).isEqualTo("Không có hoạt động");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("report-idle").getText())
                .isEqualTo("1 đơn vị không có hoạt động nào trong kỳ (được đánh dấu trong bảng).");
        assertThat(view.total.getText()).startsWith("Trong kỳ: 2 lượt ghi danh, 1 lượt hoàn thành khóa học, "
                + "1 giấy chứng nhận");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.xlsx(view.sheets(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Theo đơn vị");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void the_emulation_table_ranks_the_communes_and_prints_them() throws IOException {
        login(organiser.contact());
        UI.getCurrent().navigate("organiser/reports/emulation");
        EmulationView view = $(EmulationView.class).single();
        view.from.setValue(LocalDate.of(2025, 1, 1));
        view.to.setValue(LocalDate.of(2025, 12, 31));
        view.unit.setValue(unit(district));

        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("1");
        assertThat(test(view.grid).getCellText(0, 1)).startsWith("Xã Sôi Nổi");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("50");
        assertThat(test(view.grid).getCellText(1, 1)).startsWith("Xã Im Lặng");
        assertThat(view.scope.getText()).contains("Huyện Báo Cáo", "01/01/2025", "31/12/2025");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        view.pdf(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("BẢNG THI ĐUA", "Xã Sôi Nổi", "Xã Im Lặng", "Hạng");
        }
    }

    @Test
    void the_organiser_of_a_district_downloads_its_learners_progress_but_not_the_province_s() throws IOException {
        jdbc.update("UPDATE identity_account SET unit_id = ? WHERE id = ?", district, organiser.id());
        login(organiser.contact());
        UI.getCurrent().navigate("organiser/reports");
        DashboardView view = $(DashboardView.class).single();
        view.from.setValue(LocalDate.of(2025, 1, 1));
        view.to.setValue(LocalDate.of(2025, 3, 31));
        assertThat(view.progress.getChildren()).as("the province is not theirs").isEmpty();

        view.unit.setValue(unit(district));
        assertThat(view.progress.getChildren()).hasSize(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.csv(view.progressSheet(new ReportFilter(district, null, new ReportPeriod(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31)))), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("Họ và tên,Đơn vị,Khóa học đã ghi danh,Khóa học đã hoàn thành,"
                + "Bài học đã hoàn thành,Bài kiểm tra đã đạt,Giấy chứng nhận");
        // the three members of the two communes (the organiser joined after the period)
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).contains("Xã Sôi Nổi").endsWith(",1,1,0,0,1");
        assertThat(lines[2]).contains("Xã Sôi Nổi").endsWith(",1,0,0,0,0");
        assertThat(lines[3]).contains("Xã Im Lặng").endsWith(",0,0,0,0,0");

        UnitSummary elsewhere = units.tree().stream().filter(u -> u.parentId() != null && u.id() != district
                && u.id() != active && u.id() != idle).findFirst().orElseThrow();
        view.unit.setValue(elsewhere);
        assertThat(view.progress.getChildren()).isEmpty();
    }

    @Test
    void a_learner_is_refused_the_reports() {
        AccountSummary learner = new TestAccounts(accounts, units).create("Sùng Thị Học");
        login(learner.contact());
        UI.getCurrent().navigate("organiser/reports");
        assertThat($(DashboardView.class).all()).isEmpty();
        UI.getCurrent().navigate("organiser/reports/emulation");
        assertThat($(EmulationView.class).all()).isEmpty();
    }

    private UnitSummary unit(long id) {
        return units.tree().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }
}
