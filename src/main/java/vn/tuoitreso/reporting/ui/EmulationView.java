package vn.tuoitreso.reporting.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.reporting.EmulationTable;
import vn.tuoitreso.reporting.ReportPeriod;
import vn.tuoitreso.reporting.Reports;
import vn.tuoitreso.shared.DatePickerTexts;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.ProvinceTime;
import vn.tuoitreso.shared.export.ExportDownload;

/**
 * The unit emulation table (bảng thi đua) of a period: the sub-units of a unit ranked by the share of members who
 * completed a course, certificates per hundred members and contest participation; exported as XLSX or CSV and
 * printed as PDF.
 */
@Route("organiser/reports/emulation")
@RolesAllowed({"ORGANISER", "ADMIN"})
class EmulationView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<EmulationTable.Row> grid;
    final Paragraph scope = new Paragraph();
    final Div chart = new Div();

    private final Reports reports;
    private final ReportTable<EmulationTable.Row> table;
    /** What the screen shows now, read by the downloads (which run outside the UI). */
    private volatile @Nullable EmulationTable shown;

    EmulationView(Reports reports, Clock clock) {
        this.reports = reports;
        addClassName("report-view");
        unit.setLabel(getTranslation("reporting.filter.unit"));
        unit.setItems(reports.units());
        unit.setItemLabelGenerator(UnitSummary::path);
        unit.setPlaceholder(getTranslation("reporting.province"));
        unit.setClearButtonVisible(true);
        unit.setId("emulation-unit");
        LocalDate today = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
        ReportPeriod year = ReportPeriod.yearOf(today);
        from.setLabel(getTranslation("reporting.filter.from"));
        to.setLabel(getTranslation("reporting.filter.to"));
        DatePickerTexts.translate(from);
        DatePickerTexts.translate(to);
        from.setValue(year.from());
        to.setValue(year.to());
        from.setId("emulation-from");
        to.setId("emulation-to");
        table = new ReportTable<>("reporting.sheet.emulation", List.of(
                ReportTable.number("reporting.col.rank", EmulationTable.Row::rank),
                ReportTable.text("reporting.col.unit", EmulationTable.Row::unitName),
                ReportTable.<EmulationTable.Row>number("reporting.col.members", EmulationTable.Row::members).onlyWide(),
                ReportTable.<EmulationTable.Row>number("reporting.col.completers", EmulationTable.Row::completers)
                        .onlyWide(),
                ReportTable.number("reporting.col.completedShare", r -> ReportTable.share(r.completedShare())),
                ReportTable.<EmulationTable.Row>number("reporting.col.certificates", EmulationTable.Row::certificates)
                        .onlyWide(),
                ReportTable.number("reporting.col.certificatesPer100",
                        r -> ReportTable.share(r.certificatesPer100())),
                ReportTable.<EmulationTable.Row>number("reporting.col.participants", EmulationTable.Row::participants)
                        .onlyWide(),
                ReportTable.number("reporting.col.participation", r -> ReportTable.share(r.participation()))));
        grid = table.grid(this, getLocale(), "emulation-grid");
        unit.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        Div filters = new Div(unit, from, to);
        filters.addClassName("filter-bar");
        ExportDownload xlsx = ExportDownload.xlsx(getTranslation("reporting.export.xlsx"), "bang-thi-dua.xlsx",
                () -> table.sheet(this::getTranslation, rows()));
        xlsx.setId("export-emulation-xlsx");
        ExportDownload csv = ExportDownload.csv(getTranslation("reporting.export.csv"), "bang-thi-dua.csv",
                () -> table.sheet(this::getTranslation, rows()));
        csv.setId("export-emulation-csv");
        ExportDownload pdf = new ExportDownload(getTranslation("reporting.export.pdf"), "bang-thi-dua.pdf",
                "application/pdf", this::pdf);
        pdf.setId("export-emulation-pdf");
        Div links = new Div(xlsx, csv, pdf);
        links.addClassName("list-summary");
        scope.setId("emulation-scope");
        scope.addClassName("muted");
        Paragraph rule = new Paragraph(getTranslation("reporting.emulation.rule"));
        rule.addClassName("muted");
        chart.addClassName("report-chart");
        chart.setId("chart-emulation");
        chart.setWidthFull();
        add(new Anchor("organiser/reports", getTranslation("reporting.dashboard.title")),
                new H2(getTranslation("reporting.emulation.title")), filters, scope, rule, links, grid, chart);
        refresh();
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        FormErrors errors = new FormErrors(this).bind("period", to).bind("unit", unit);
        try {
            errors.clear();
            EmulationTable result = reports.emulation(unit.getValue() == null ? null : unit.getValue().id(),
                    new ReportPeriod(from.getValue(), to.getValue()));
            shown = result;
            grid.setItems(result.rows());
            scope.setText(subtitle(result));
            chart.removeAll();
            if (!result.rows().isEmpty()) {
                chart.add(new Svg(Charts.bars(result.rows(), EmulationTable.Row::unitName, List.of(
                        new Charts.Series<>(getTranslation("reporting.col.completedShare"),
                                EmulationTable.Row::completedShare),
                        new Charts.Series<>(getTranslation("reporting.col.certificatesPer100"),
                                EmulationTable.Row::certificatesPer100),
                        new Charts.Series<>(getTranslation("reporting.col.participation"),
                                EmulationTable.Row::participation)),
                        DashboardView.CHART_WIDTH)));
            }
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    private List<EmulationTable.Row> rows() {
        EmulationTable current = shown;
        return current == null ? List.of() : current.rows();
    }

    private String subtitle(EmulationTable result) {
        Locale locale = getLocale();
        return getTranslation("reporting.emulation.scope",
                result.scopeName().isEmpty() ? getTranslation("reporting.province") : result.scopeName(),
                DisplayFormats.date(result.period().from(), locale), DisplayFormats.date(result.period().to(), locale));
    }

    /** The table as shown, printed. */
    void pdf(OutputStream out) throws IOException {
        EmulationTable current = shown;
        List<String> header = List.of(getTranslation("reporting.col.rank"), getTranslation("reporting.col.unit"),
                getTranslation("reporting.col.members"), getTranslation("reporting.col.completedShare"),
                getTranslation("reporting.col.certificatesPer100"), getTranslation("reporting.col.participation"));
        Locale locale = getLocale();
        List<List<String>> rows = rows().stream().map(r -> List.of(Integer.toString(r.rank()), r.unitName(),
                DisplayFormats.number(r.members(), locale),
                DisplayFormats.number(ReportTable.share(r.completedShare()), locale),
                DisplayFormats.number(ReportTable.share(r.certificatesPer100()), locale),
                DisplayFormats.number(ReportTable.share(r.participation()), locale))).toList();
        EmulationPdf.write(getTranslation("reporting.emulation.printTitle"),
                current == null ? "" : subtitle(current), header, rows,
                new float[] {0.07f, 0.38f, 0.12f, 0.15f, 0.14f, 0.14f}, out);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.emulation.title");
    }
}
