package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.SliceImpl;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.SubmissionFilter;
import vn.tuoitreso.contest.SubmissionRow;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.Icons;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PhoneGrids;
import vn.tuoitreso.shared.export.ExportDownload;
import vn.tuoitreso.shared.export.Sheet;

/** Organisers list a contest's submissions, filter them, open one with its files, and export the list for Excel. */
@Route("organiser/contests/:id/submissions")
@RolesAllowed({"ORGANISER", "ADMIN"})
class SubmissionsAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<ContestSummary.RoundSummary> round = new Select<>();
    final Select<ContestSummary.Named> category = new Select<>();
    final ComboBox<UnitSummary> unit;
    final Select<SubmissionStatus> status = new Select<>();
    final Grid<SubmissionRow> grid = new Grid<>();
    final Span count = new Span();
    final H2 heading = new H2();

    private final Contests contests;
    private final Submissions submissions;
    private final Attachments attachments;
    private @Nullable ContestSummary contest;
    /** Read by the export, which runs on the download request rather than in the UI. */
    private volatile @Nullable SubmissionFilter filter;

    SubmissionsAdminView(Contests contests, Submissions submissions, Attachments attachments, Units units) {
        this.contests = contests;
        this.submissions = submissions;
        this.attachments = attachments;
        addClassName("submissions-admin-view");
        setSizeFull();
        unit = UnitFields.single(getTranslation("contest.admin.filter.unit"), units.tree());
        unit.setPlaceholder(getTranslation("contest.admin.all"));
        unit.setId("filter-unit");
        round.setLabel(getTranslation("contest.admin.filter.round"));
        round.setItemLabelGenerator(r -> r == null ? getTranslation("contest.admin.all") : r.plan().name());
        round.setEmptySelectionAllowed(true);
        round.setEmptySelectionCaption(getTranslation("contest.admin.all"));
        round.setId("filter-round");
        category.setLabel(getTranslation("contest.admin.filter.category"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("contest.admin.all") : c.name());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("contest.admin.all"));
        category.setId("filter-category");
        status.setLabel(getTranslation("contest.admin.filter.status"));
        status.setItems(SubmissionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("contest.admin.all")
                : getTranslation(s.messageKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("contest.admin.all"));
        status.setId("filter-status");
        round.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        buildGrid();
        count.setId("submission-count");
        count.addClassName("muted");
    }

    private void buildGrid() {
        grid.setId("submission-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(SubmissionRow::code).setHeader(getTranslation("contest.admin.col.code")).setAutoWidth(true)
                .setFlexGrow(0).setFrozen(true);
        grid.addColumn(r -> r.title().isBlank() ? getTranslation("contest.admin.untitled") : r.title())
                .setHeader(getTranslation("contest.admin.col.title")).setWidth("16rem").setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(SubmissionRow::categoryName).setHeader(getTranslation("contest.admin.col.category"))
                .setAutoWidth(true);
        grid.addColumn(SubmissionRow::roundName).setHeader(getTranslation("contest.admin.col.round"))
                .setAutoWidth(true);
        grid.addColumn(SubmissionRow::unitName).setHeader(getTranslation("contest.admin.col.unit")).setAutoWidth(true);
        grid.addColumn(SubmissionRow::ownerName).setHeader(getTranslation("contest.admin.col.author"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> Badges.status(this, r.status())).setHeader(getTranslation("contest.admin.col.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SubmissionRow::revision).setHeader(getTranslation("contest.admin.col.revision"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.submittedAt() == null ? "" : DisplayFormats.dateTime(r.submittedAt(), getLocale()))
                .setHeader(getTranslation("contest.admin.col.submittedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SubmissionRow::attachments).setHeader(getTranslation("contest.admin.col.files"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            ContestSummary found = contests.get(id);
            contest = found;
            heading.setText(getTranslation("contest.admin.submissionsOf", found.settings().title()));
            round.setItems(found.rounds());
            category.setItems(found.categories());
            removeAll();
            ExportDownload export = ExportDownload.csv(getTranslation("contest.admin.export"),
                    "bai-du-thi-" + id + ".csv", this::sheet);
            export.setId("export-submissions");
            ExportDownload workbook = ExportDownload.xlsx(getTranslation("contest.admin.exportXlsx"),
                    "bai-du-thi-" + id + ".xlsx", this::sheet);
            workbook.setId("export-submissions-xlsx");
            // the search module's view, by its route: contest does not know search
            TextField search = new TextField();
            search.setId("search-submissions");
            search.setPlaceholder(getTranslation("search.list.box"));
            search.setAriaLabel(getTranslation("search.list.box"));
            search.setPrefixComponent(Icons.SEARCH.create());
            search.setWidthFull();
            search.addKeyPressListener(Key.ENTER, e -> UI.getCurrent().navigate("organiser/contests/" + id + "/search",
                    QueryParameters.of("q", search.getValue())));
            Div filters = new Div(round, category, unit, status);
            filters.addClassName("filter-bar");
            Div summary = new Div(count, workbook, export);
            summary.addClassName("list-summary");
            PhoneGrids.fit(grid);
            add(new Anchor("organiser/contests/" + id, found.settings().title()), heading, search, filters, summary, grid);
            refresh();
        } catch (NumberFormatException | InvalidInputException e) {
            throw new NotFoundException();
        }
    }

    void refresh() {
        ContestSummary c = contest;
        if (c == null) {
            return;
        }
        SubmissionFilter current = new SubmissionFilter(c.id(), round.getValue() == null ? null : round.getValue().id(),
                category.getValue() == null ? null : category.getValue().id(),
                unit.getValue() == null ? null : unit.getValue().id(), status.getValue());
        filter = current;
        // paged in the database: a contest of ten thousand ideas costs the same as one of ten
        long total = submissions.count(current);
        grid.setItems(query -> submissions.page(current, query.getOffset(), query.getLimit()).stream(),
                query -> (int) submissions.count(current));
        count.setText(getTranslation("contest.admin.count", total));
    }

    /** The rows the filters show now, read a page at a time while the file is written. */
    Sheet sheet() {
        SubmissionFilter current = filter;
        return SubmissionsExport.sheet(getTranslation("contest.admin.sheetName"),
                page -> {
                    // the grid's projection: a constant number of statements a page, no entities loaded
                    List<SubmissionRow> rows = current == null ? List.of()
                            : submissions.page(current, (int) page.getOffset(), page.getPageSize());
                    return new SliceImpl<>(rows, page, rows.size() == page.getPageSize());
                },
                this::getTranslation);
    }

    private void open(SubmissionRow row) {
        try {
            new SubmissionDialog(row, submissions.get(row.id()), attachments).open();
        } catch (InvalidInputException ex) {
            new FormErrors(this).show(ex);
        }
    }

    @Override
    public String getPageTitle() {
        return contest == null ? getTranslation("contest.admin.submissions")
                : getTranslation("contest.admin.submissionsOf", contest.settings().title());
    }
}
