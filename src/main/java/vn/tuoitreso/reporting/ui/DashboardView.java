package vn.tuoitreso.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.reporting.Dashboard;
import vn.tuoitreso.reporting.Figures;
import vn.tuoitreso.reporting.LearnerProgress;
import vn.tuoitreso.reporting.ReportFilter;
import vn.tuoitreso.reporting.ReportPeriod;
import vn.tuoitreso.reporting.Reports;
import vn.tuoitreso.review.JudgingProgress;
import vn.tuoitreso.shared.DatePickerTexts;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.ProvinceTime;
import vn.tuoitreso.shared.export.ExportDownload;
import vn.tuoitreso.shared.export.Exports;
import vn.tuoitreso.shared.export.Sheet;

/**
 * The organisers' dashboard: where training reaches and where not. Each section is a chart drawn on the server
 * beside the table of its numbers; units without any activity in the period are marked.
 */
@Route("organiser/reports")
@Menu(title = "reporting.menu.dashboard", order = 45, icon = "vaadin:chart")
@RolesAllowed({"ORGANISER", "ADMIN"})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final int CHART_WIDTH = 640;

    /** Learners read from the database at a time for the progress export. */
    static final int PROGRESS_PAGE = 1000;

    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final Select<Long> course = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Span total = new Span();
    final Div sections = new Div();
    /** The learners' progress downloads, offered only to those who may see the chosen unit's learners by name. */
    final Div progress = new Div();
    @Nullable Grid<Dashboard.UnitLine> unitGrid;

    private final Reports reports;
    private final Map<Long, String> courses;
    /** What the screen shows now, read by the downloads (which run outside the UI). */
    private volatile @Nullable Dashboard shown;

    DashboardView(Reports reports, Clock clock) {
        this.reports = reports;
        this.courses = reports.courses();
        addClassName("report-view");
        unit.setLabel(getTranslation("reporting.filter.unit"));
        unit.setItems(reports.units());
        unit.setItemLabelGenerator(UnitSummary::path);
        unit.setPlaceholder(getTranslation("reporting.province"));
        unit.setClearButtonVisible(true);
        unit.setId("report-unit");
        course.setLabel(getTranslation("reporting.filter.course"));
        course.setItems(new ArrayList<>(courses.keySet()));
        course.setItemLabelGenerator(id -> id == null ? getTranslation("reporting.allCourses")
                : courses.getOrDefault(id, ""));
        course.setEmptySelectionAllowed(true);
        course.setEmptySelectionCaption(getTranslation("reporting.allCourses"));
        course.setId("report-course");
        LocalDate today = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
        from.setLabel(getTranslation("reporting.filter.from"));
        to.setLabel(getTranslation("reporting.filter.to"));
        DatePickerTexts.translate(from);
        DatePickerTexts.translate(to);
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        from.setId("report-from");
        to.setId("report-to");
        unit.addValueChangeListener(e -> refresh());
        course.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        Div filters = new Div(unit, course, from, to);
        filters.addClassName("filter-bar");
        total.setId("report-total");
        Anchor emulation = new Anchor("organiser/reports/emulation", getTranslation("reporting.emulation.title"));
        emulation.setId("link-emulation");
        ExportDownload workbook = new ExportDownload(getTranslation("reporting.export.xlsx"),
                "bao-cao-tong-hop.xlsx", Exports.XLSX_TYPE, out -> Exports.xlsx(sheets(), out));
        workbook.setId("export-dashboard-xlsx");
        Div links = new Div(emulation, workbook, progress);
        links.addClassName("list-summary");
        sections.setWidthFull();
        add(new H2(getTranslation("reporting.dashboard.title")), filters, links, total, sections);
        refresh();
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        FormErrors errors = new FormErrors(this).bind("period", to).bind("unit", unit);
        try {
            errors.clear();
            ReportPeriod period = new ReportPeriod(from.getValue(), to.getValue());
            ReportFilter filter = new ReportFilter(unit.getValue() == null ? null : unit.getValue().id(),
                    course.getValue(), period);
            Dashboard dashboard = reports.dashboard(filter);
            shown = dashboard;
            show(dashboard);
            offerProgress(filter);
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    private void show(Dashboard d) {
        Figures t = d.total();
        total.setText(getTranslation("reporting.total", number(t.enrolments()), number(t.completions()),
                number(t.certificates()), number(ReportTable.share(t.passRate())), number(t.ideas())));
        sections.removeAll();

        ReportTable<Dashboard.UnitLine> units = unitTable();
        List<Charts.Series<Dashboard.UnitLine>> unitSeries = List.of(
                new Charts.Series<>(getTranslation("reporting.col.enrolments"), l -> l.figures().enrolments()),
                new Charts.Series<>(getTranslation("reporting.col.completions"), l -> l.figures().completions()),
                new Charts.Series<>(getTranslation("reporting.col.certificates"), l -> l.figures().certificates()));
        Grid<Dashboard.UnitLine> grid = units.grid(this, getLocale(), "report-units");
        grid.setPartNameGenerator(l -> l.idle() ? "idle" : null);
        grid.setItems(d.units());
        unitGrid = grid;
        long idle = d.units().stream().filter(Dashboard.UnitLine::idle).count();
        Paragraph idleNote = new Paragraph(idle == 0 ? getTranslation("reporting.idle.none")
                : getTranslation("reporting.idle.some", idle));
        idleNote.setId("report-idle");
        idleNote.addClassName(idle == 0 ? "muted" : "report-warning");
        section("units", getTranslation("reporting.section.units",
                d.scopeName().isEmpty() ? getTranslation("reporting.province") : d.scopeName()),
                Charts.bars(d.units(), this::unitName, unitSeries, CHART_WIDTH), grid, idleNote,
                csv(units, d.units(), "don-vi"));

        ReportTable<Dashboard.Line> courseTable = lineTable("reporting.sheet.courses", "reporting.col.course",
                Dashboard.Line::name);
        List<Charts.Series<Dashboard.Line>> lineSeries = List.of(
                new Charts.Series<>(getTranslation("reporting.col.enrolments"), l -> l.figures().enrolments()),
                new Charts.Series<>(getTranslation("reporting.col.completions"), l -> l.figures().completions()),
                new Charts.Series<>(getTranslation("reporting.col.certificates"), l -> l.figures().certificates()));
        Grid<Dashboard.Line> courseGrid = courseTable.grid(this, getLocale(), "report-courses");
        courseGrid.setItems(d.courses());
        section("courses", getTranslation("reporting.section.courses"),
                Charts.bars(d.courses(), Dashboard.Line::name, lineSeries, CHART_WIDTH), courseGrid,
                csv(courseTable, d.courses(), "khoa-hoc"));

        ReportTable<Dashboard.Line> monthTable = lineTable("reporting.sheet.months", "reporting.col.month",
                l -> month(l.name()));
        Grid<Dashboard.Line> monthGrid = monthTable.grid(this, getLocale(), "report-months");
        monthGrid.setItems(d.months());
        section("months", getTranslation("reporting.section.months"),
                Charts.lines(d.months(), l -> month(l.name()), lineSeries, CHART_WIDTH, 340), monthGrid,
                csv(monthTable, d.months(), "theo-thang"));

        ReportTable<Dashboard.Line> categoryTable = categoryTable();
        Grid<Dashboard.Line> categoryGrid = categoryTable.grid(this, getLocale(), "report-categories");
        categoryGrid.setItems(d.categories());
        section("categories", getTranslation("reporting.section.categories"),
                d.categories().isEmpty() ? null : Charts.bars(d.categories(), this::categoryName,
                        List.of(new Charts.Series<>(getTranslation("reporting.col.ideas"), l -> l.figures().ideas())),
                        CHART_WIDTH),
                categoryGrid, csv(categoryTable, d.categories(), "y-tuong"));

        ReportTable<JudgingProgress> judgingTable = judgingTable();
        Grid<JudgingProgress> judgingGrid = judgingTable.grid(this, getLocale(), "report-judging");
        judgingGrid.setItems(d.judging());
        section("judging", getTranslation("reporting.section.judging"),
                d.judging().isEmpty() ? null : Charts.bars(d.judging(), p -> p.contestTitle() + " – " + p.roundName(),
                        List.of(new Charts.Series<>(getTranslation("reporting.col.done"), JudgingProgress::percentDone)),
                        CHART_WIDTH),
                judgingGrid, csv(judgingTable, d.judging(), "tien-do-cham"));
    }

    private void offerProgress(ReportFilter filter) {
        progress.removeAll();
        if (!reports.mayListLearners(filter.unitId())) {
            return;
        }
        ExportDownload xlsx = ExportDownload.xlsx(getTranslation("reporting.progress.xlsx"), "tien-do-hoc-vien.xlsx",
                () -> progressSheet(filter));
        xlsx.setId("export-progress-xlsx");
        ExportDownload csv = ExportDownload.csv(getTranslation("reporting.progress.csv"), "tien-do-hoc-vien.csv",
                () -> progressSheet(filter));
        csv.setId("export-progress-csv");
        progress.add(xlsx, csv);
    }

    /** Every learner the filter covers, one row each, read a page at a time while the file is written. */
    Sheet progressSheet(ReportFilter filter) {
        return new ReportTable<LearnerProgress>("reporting.sheet.progress", List.of(
                ReportTable.text("reporting.col.learner", LearnerProgress::fullName),
                ReportTable.text("reporting.col.unit", LearnerProgress::unit),
                ReportTable.number("reporting.col.enrolled", LearnerProgress::enrolments),
                ReportTable.number("reporting.col.completed", LearnerProgress::completions),
                ReportTable.number("reporting.col.lessonsDone", LearnerProgress::lessonsDone),
                ReportTable.number("reporting.col.quizzesPassed", LearnerProgress::quizzesPassed),
                ReportTable.number("reporting.col.certificates", LearnerProgress::certificates)))
                .sheet(this::getTranslation, PROGRESS_PAGE, (after, size) -> reports.progress(filter, after, size),
                        LearnerProgress::accountId);
    }

    private void section(String id, String title, @Nullable String svg, Component... table) {
        Div pair = new Div();
        pair.addClassName("report-pair");
        if (svg != null) {
            Svg chart = new Svg(svg);
            chart.addClassName("report-chart");
            chart.setId("chart-" + id);
            pair.add(chart);
        }
        Div numbers = new Div(table);
        numbers.addClassName("report-numbers");
        pair.add(numbers);
        Div section = new Div(new H3(title), pair);
        section.addClassName("report-section");
        section.setId("section-" + id);
        sections.add(section);
    }

    private <T> ExportDownload csv(ReportTable<T> table, List<T> items, String name) {
        return ExportDownload.csv(getTranslation("reporting.export.csv"), name + ".csv",
                () -> table.sheet(this::getTranslation, items));
    }

    /** Every table of the dashboard shown, one sheet each. */
    List<Sheet> sheets() {
        Dashboard d = shown;
        if (d == null) {
            return List.of(new Sheet("-", List.of(vn.tuoitreso.shared.export.Column.text("-")),
                    vn.tuoitreso.shared.export.Rows.of(List.of())));
        }
        return List.of(unitTable().sheet(this::getTranslation, d.units()),
                lineTable("reporting.sheet.courses", "reporting.col.course", Dashboard.Line::name)
                        .sheet(this::getTranslation, d.courses()),
                lineTable("reporting.sheet.months", "reporting.col.month", l -> month(l.name()))
                        .sheet(this::getTranslation, d.months()),
                categoryTable().sheet(this::getTranslation, d.categories()),
                judgingTable().sheet(this::getTranslation, d.judging()));
    }

    private ReportTable<Dashboard.UnitLine> unitTable() {
        return new ReportTable<>("reporting.sheet.units", List.of(
                ReportTable.text("reporting.col.unit", this::unitName),
                ReportTable.<Dashboard.UnitLine>number("reporting.col.members", Dashboard.UnitLine::members).onlyWide(),
                ReportTable.number("reporting.col.enrolments", l -> l.figures().enrolments()),
                ReportTable.number("reporting.col.completions", l -> l.figures().completions()),
                ReportTable.<Dashboard.UnitLine>number("reporting.col.attempts", l -> l.figures().attempts()).onlyWide(),
                ReportTable.<Dashboard.UnitLine>number("reporting.col.passRate",
                        l -> ReportTable.share(l.figures().passRate())).onlyWide(),
                ReportTable.number("reporting.col.certificates", l -> l.figures().certificates()),
                ReportTable.<Dashboard.UnitLine>number("reporting.col.ideas", l -> l.figures().ideas()).onlyWide(),
                ReportTable.text("reporting.col.activity", l -> l.idle() ? getTranslation("reporting.idle") : "")));
    }

    private ReportTable<Dashboard.Line> lineTable(String sheetKey, String nameKey,
            java.util.function.Function<Dashboard.Line, @Nullable Object> name) {
        return new ReportTable<>(sheetKey, List.of(ReportTable.text(nameKey, name),
                ReportTable.number("reporting.col.enrolments", l -> l.figures().enrolments()),
                ReportTable.number("reporting.col.completions", l -> l.figures().completions()),
                ReportTable.<Dashboard.Line>number("reporting.col.attempts", l -> l.figures().attempts()).onlyWide(),
                ReportTable.number("reporting.col.passRate", l -> ReportTable.share(l.figures().passRate())),
                ReportTable.number("reporting.col.certificates", l -> l.figures().certificates())));
    }

    private ReportTable<Dashboard.Line> categoryTable() {
        return new ReportTable<>("reporting.sheet.categories", List.of(
                ReportTable.text("reporting.col.category", this::categoryName),
                ReportTable.number("reporting.col.ideas", l -> l.figures().ideas())));
    }

    private ReportTable<JudgingProgress> judgingTable() {
        return new ReportTable<>("reporting.sheet.judging", List.of(
                ReportTable.text("reporting.col.contest", JudgingProgress::contestTitle),
                ReportTable.text("reporting.col.round", JudgingProgress::roundName),
                ReportTable.<JudgingProgress>number("reporting.col.assignments", JudgingProgress::assignments)
                        .onlyWide(),
                ReportTable.number("reporting.col.scored", JudgingProgress::scored),
                ReportTable.<JudgingProgress>number("reporting.col.open", JudgingProgress::open).onlyWide(),
                ReportTable.<JudgingProgress>number("reporting.col.conflicts", JudgingProgress::conflicts).onlyWide(),
                ReportTable.number("reporting.col.done", p -> ReportTable.share(p.percentDone())),
                ReportTable.text("reporting.col.published", p -> p.published() ? getTranslation("reporting.yes")
                        : getTranslation("reporting.no"))));
    }

    private String unitName(Dashboard.UnitLine line) {
        return line.own() ? getTranslation("reporting.ownMembers", line.name()) : line.name();
    }

    private String categoryName(Dashboard.Line line) {
        return line.name().isEmpty() ? getTranslation("reporting.noCategory") : line.name();
    }

    private String month(String yearMonth) {
        YearMonth m = YearMonth.parse(yearMonth);
        return getTranslation("reporting.monthLabel", m.getMonthValue(), Integer.toString(m.getYear()));
    }

    private String number(Number value) {
        return DisplayFormats.number(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.dashboard.title");
    }
}
