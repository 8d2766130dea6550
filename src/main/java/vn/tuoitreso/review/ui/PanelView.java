package vn.tuoitreso.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.identity.PersonName;
import vn.tuoitreso.review.AssignmentProposal;
import vn.tuoitreso.review.CriterionDraft;
import vn.tuoitreso.review.IdeaRef;
import vn.tuoitreso.review.PanelSettings;
import vn.tuoitreso.review.PanelSummary;
import vn.tuoitreso.review.Panels;
import vn.tuoitreso.review.Ranking;
import vn.tuoitreso.review.RankingRow;
import vn.tuoitreso.review.RubricCriterion;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.export.ExportDownload;
import vn.tuoitreso.shared.export.Exports;
import vn.tuoitreso.shared.export.Sheet;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PhoneGrids;
import vn.tuoitreso.shared.StaleNotice;

/**
 * Organisers run a round's review: the panel and its rubric, "Phân công" (a proposal they adjust, then confirm),
 * progress, the ranking per category with its figures, another judge where judges disagree, advancing the best
 * ideas and publishing the results.
 */
@Route("organiser/review")
@Menu(title = "menu.reviewPanel", order = 44, icon = "vaadin:gavel")
@RolesAllowed({"ORGANISER", "ADMIN"})
class PanelView extends VerticalLayout implements HasDynamicTitle {

    /** A round of a contest, as organisers choose it. */
    record RoundChoice(long roundId, String label) {
    }

    final Select<RoundChoice> round = new Select<>();
    final Div body = new Div();
    final Checkbox blind = new Checkbox();
    final IntegerField perIdea = new IntegerField();
    final Checkbox sameUnit = new Checkbox();
    final MultiSelectComboBox<PersonName> judges = new MultiSelectComboBox<>();
    final Button saveSettings = new Button();
    final Div rubric = new Div();
    final List<CriterionRow> criterionRows = new ArrayList<>();
    final Button addCriterion = new Button();
    final Button saveRubric = new Button();
    final Button assign = new Button();
    final Button confirm = new Button();
    final Span assignmentStatus = new Span();
    final Grid<ProposedPair> proposal = new Grid<>();
    final Grid<RankingRow> ranking = new Grid<>();
    final Span agreement = new Span();
    final Div progress = new Div();
    final IntegerField topN = new IntegerField();
    final Button advance = new Button();
    final TextField prizes = new TextField();
    final Button publish = new Button();
    final Span published = new Span();

    private final Panels panels;
    private final FormErrors errors = new FormErrors(this);
    private List<PersonName> candidates = List.of();
    private @Nullable PanelSummary panel;
    private List<ProposedPair> pairs = new ArrayList<>();

    /** A pair of the proposal, whose judge the organiser may swap. */
    static final class ProposedPair {
        final IdeaRef idea;
        long judgeId;
        final boolean kept;

        ProposedPair(IdeaRef idea, long judgeId, boolean kept) {
            this.idea = idea;
            this.judgeId = judgeId;
            this.kept = kept;
        }
    }

    /** One criterion's fields in the rubric editor. */
    final class CriterionRow extends Div {
        final TextField name = new TextField(getTranslation("review.rubric.name"));
        final TextArea description = new TextArea(getTranslation("review.rubric.description"));
        final NumberField weight = new NumberField(getTranslation("review.rubric.weight"));
        final NumberField min = new NumberField(getTranslation("review.rubric.min"));
        final NumberField max = new NumberField(getTranslation("review.rubric.max"));
        final Button remove = new Button(getTranslation("review.rubric.remove"));

        CriterionRow(CriterionDraft c) {
            name.setValue(c.name());
            description.setValue(c.description());
            weight.setValue(c.weight());
            min.setValue(c.min());
            max.setValue(c.max());
            name.setWidthFull();
            description.setWidthFull();
            name.setMaxLength(Panels.CRITERION_NAME_MAX_LENGTH);
            description.setMaxLength(Panels.CRITERION_DESCRIPTION_MAX_LENGTH);
            for (NumberField f : List.of(weight, min, max)) {
                f.setWidth("6rem");
            }
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> {
                criterionRows.remove(this);
                rubric.remove(this);
            });
            Div numbers = new Div(weight, min, max, remove);
            numbers.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("align-items", "baseline");
            add(name, description, numbers);
            getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        }

        CriterionDraft draft() {
            return new CriterionDraft(name.getValue(), description.getValue(), value(weight), value(min), value(max));
        }

        private static double value(NumberField field) {
            return field.getValue() == null ? -1 : field.getValue();
        }
    }

    PanelView(Panels panels, Contests contests) {
        this.panels = panels;
        addClassName("panel-view");
        round.setLabel(getTranslation("review.panel.round"));
        round.setId("panel-round");
        round.setItemLabelGenerator(RoundChoice::label);
        round.setWidthFull();
        List<RoundChoice> choices = new ArrayList<>();
        for (ContestSummary c : contests.all()) {
            c.rounds().forEach(r -> choices.add(new RoundChoice(r.id(), c.settings().title() + " — " + r.plan().name())));
        }
        round.setItems(choices);
        round.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(panels.open(e.getValue().roundId()));
            }
        });
        buildSettings();
        buildRubric();
        buildAssignment();
        buildRanking();
        body.setWidthFull();
        add(new H2(getTranslation("menu.reviewPanel")), round, body);
    }

    private void buildSettings() {
        blind.setLabel(getTranslation("review.panel.blind"));
        blind.setId("panel-blind");
        perIdea.setLabel(getTranslation("review.panel.perIdea"));
        perIdea.setId("panel-per-idea");
        perIdea.setMin(1);
        perIdea.setMax(9);
        perIdea.setStepButtonsVisible(true);
        sameUnit.setLabel(getTranslation("review.panel.sameUnit"));
        sameUnit.setId("panel-same-unit");
        judges.setLabel(getTranslation("review.panel.judges"));
        judges.setId("panel-judges");
        judges.setItemLabelGenerator(PersonName::fullName);
        judges.setWidthFull();
        saveSettings.setText(getTranslation("review.panel.saveSettings"));
        saveSettings.setId("panel-save-settings");
        saveSettings.setDisableOnClick(true);
        saveSettings.addClickListener(e -> saveSettings());
    }

    private void buildRubric() {
        rubric.setWidthFull();
        addCriterion.setText(getTranslation("review.rubric.add"));
        addCriterion.addClickListener(e -> addRow(new CriterionDraft("", "", 1, 0, 10)));
        saveRubric.setText(getTranslation("review.rubric.save"));
        saveRubric.setId("rubric-save");
        saveRubric.setDisableOnClick(true);
        saveRubric.addClickListener(e -> saveRubric());
    }

    private void buildAssignment() {
        assign.setText(getTranslation("review.assign.propose"));
        assign.setId("assign-propose");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setDisableOnClick(true);
        assign.addClickListener(e -> propose());
        confirm.setText(getTranslation("review.assign.confirm"));
        confirm.setId("assign-confirm");
        confirm.setDisableOnClick(true);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> confirm());
        assignmentStatus.setId("assign-status");
        proposal.setId("assign-grid");
        proposal.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // code and title in one cell: three columns left the judge's name three letters wide on a phone
        proposal.addColumn(p -> p.idea.code() + " · " + p.idea.title()).setHeader(getTranslation("review.col.title"));
        proposal.addComponentColumn(p -> {
            ComboBox<PersonName> judge = new ComboBox<>();
            judge.setItems(candidates.stream().filter(c -> panel != null
                    && panel.settings().judges().contains(c.accountId())).toList());
            judge.setItemLabelGenerator(PersonName::fullName);
            candidates.stream().filter(c -> c.accountId() == p.judgeId).findFirst().ifPresent(judge::setValue);
            judge.setReadOnly(p.kept);
            judge.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    p.judgeId = e.getValue().accountId();
                }
            });
            judge.setWidthFull();
            return judge;
        }).setHeader(getTranslation("review.col.judge"));
        proposal.setAllRowsVisible(true);
        PhoneGrids.fit(proposal);
        proposal.getColumns().getLast().setWidth("10rem");
    }

    private void buildRanking() {
        ranking.setId("ranking-grid");
        ranking.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // three columns, each cell on several lines: eight columns side by side do not fit a 360 px phone
        ranking.addColumn(r -> getTranslation("review.ranking.ideaCell", r.idea().categoryName(),
                r.rank() == 0 ? "—" : Integer.toString(r.rank()), r.idea().code(), r.idea().title()))
                .setHeader(getTranslation("review.col.title"));
        ranking.addColumn(r -> getTranslation("review.ranking.scoreCell", r.scored(), r.assigned(),
                number(r.weightedMean()), number(r.normalised()), number(r.spread())))
                .setHeader(getTranslation("review.col.scores"));
        ranking.addComponentColumn(r -> {
            if (!r.disagreement() && r.assigned() >= (panel == null ? 0 : panel.settings().judgesPerIdea())) {
                return new Span();
            }
            Button add = new Button(getTranslation("review.ranking.addJudge"));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setDisableOnClick(true);
            add.addClickListener(e -> addJudge(r.idea()));
            return r.disagreement() ? new Div(new Span(getTranslation("review.ranking.disagree")), add) : add;
        }).setHeader(getTranslation("review.col.flag")).setAutoWidth(true);
        ranking.setAllRowsVisible(true);
        PhoneGrids.fit(ranking);
        // the "add a judge" button does not wrap: its column gets the room it needs
        ranking.getColumns().getLast().setWidth("8rem");
        agreement.setId("ranking-agreement");
        progress.setId("judge-progress");
        topN.setLabel(getTranslation("review.results.topN"));
        topN.setMin(1);
        topN.setValue(3);
        topN.setStepButtonsVisible(true);
        advance.setText(getTranslation("review.results.advance"));
        advance.setId("results-advance");
        advance.setDisableOnClick(true);
        advance.addClickListener(e -> advance());
        prizes.setLabel(getTranslation("review.results.prizes"));
        prizes.setHelperText(getTranslation("review.results.prizesHelp"));
        prizes.setValue(getTranslation("review.results.defaultPrizes"));
        prizes.setWidthFull();
        prizes.setMaxLength(Panels.MAX_PRIZES * (Panels.PRIZE_MAX_LENGTH + 2));
        publish.setText(getTranslation("review.results.publish"));
        publish.setId("results-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setDisableOnClick(true);
        publish.addClickListener(e -> publish());
        published.setId("results-published");
    }

    void load(PanelSummary summary) {
        panel = summary;
        candidates = panels.candidates();
        blind.setValue(summary.settings().blind());
        perIdea.setValue(summary.settings().judgesPerIdea());
        sameUnit.setValue(summary.settings().sameUnitConflicts());
        judges.setItems(candidates);
        judges.setValue(candidates.stream().filter(c -> summary.settings().judges().contains(c.accountId()))
                .collect(Collectors.toSet()));
        rubric.removeAll();
        criterionRows.clear();
        summary.rubric().forEach(c -> addRow(new CriterionDraft(c.name(), c.description(), c.weight(), c.min(),
                c.max())));
        body.removeAll();
        Div settings = new Div(blind, sameUnit);
        settings.getStyle().set("display", "flex").set("flex-direction", "column");
        body.add(new H3(getTranslation("review.panel.settings")), settings, perIdea, judges, saveSettings,
                new H3(getTranslation("review.rubric.title")), rubric, new Div(addCriterion, saveRubric),
                new H3(getTranslation("review.assign.title")), new Div(assign, confirm), assignmentStatus, proposal,
                new H3(getTranslation("review.ranking.title")), agreement, progress, ranking,
                new H3(getTranslation("review.results.title")), topN, advance, prizes, publish, published,
                exports(summary.id()));
        showAssignment(panels.assignment(summary.id()), false);
        showRanking();
    }

    private Div exports(long panelId) {
        ExportDownload csv = ExportDownload.csv(getTranslation("review.export.csv"), "cham-diem-" + panelId + ".csv",
                () -> scoresSheet(panelId));
        csv.setId("export-scores");
        ExportDownload xlsx = new ExportDownload(getTranslation("review.export.xlsx"),
                "cham-diem-" + panelId + ".xlsx", Exports.XLSX_TYPE, out -> Exports.xlsx(List.of(scoresSheet(panelId),
                        ScoresExport.ranking(panels.ranking(panelId), this::getTranslation)), out));
        xlsx.setId("export-scores-xlsx");
        return new Div(xlsx, new Span(" "), csv);
    }

    /** Every judge's scores, read a page at a time while the file is written. */
    Sheet scoresSheet(long panelId) {
        return ScoresExport.scores(page -> panels.work(panelId, page), panels.get(panelId).rubric(),
                panels.ranking(panelId), this::getTranslation);
    }

    private void addRow(CriterionDraft draft) {
        CriterionRow row = new CriterionRow(draft);
        criterionRows.add(row);
        rubric.add(row);
    }

    private void saveSettings() {
        PanelSummary p = panel;
        if (p == null) {
            return;
        }
        try {
            load(panels.configure(p.id(), new PanelSettings(blind.getValue(),
                    perIdea.getValue() == null ? 0 : perIdea.getValue(), sameUnit.getValue(),
                    judges.getValue().stream().map(PersonName::accountId).collect(Collectors.toSet()),
                    p.settings().version())));
            FormErrors.success(this, "review.panel.saved");
        } catch (StaleEditException e) {
            StaleNotice.open("review.panel.stale", () -> load(panels.get(p.id())));
        } catch (InvalidInputException e) {
            errors.show(e);
        } finally {
            saveSettings.setEnabled(true);
        }
    }

    private void saveRubric() {
        PanelSummary p = panel;
        if (p == null) {
            return;
        }
        try {
            load(panels.saveRubric(p.id(), criterionRows.stream().map(CriterionRow::draft).toList()));
            FormErrors.success(this, "review.rubric.saved");
        } catch (InvalidInputException e) {
            errors.show(e);
        } finally {
            saveRubric.setEnabled(true);
        }
    }

    private void propose() {
        PanelSummary p = panel;
        if (p == null) {
            return;
        }
        try {
            showAssignment(panels.propose(p.id()), true);
        } catch (InvalidInputException e) {
            errors.show(e);
        } finally {
            assign.setEnabled(true);
        }
    }

    private void confirm() {
        PanelSummary p = panel;
        if (p == null) {
            return;
        }
        try {
            showAssignment(panels.confirm(p.id(), pairs.stream().map(pp -> new AssignmentProposal.Pair(pp.idea,
                    pp.judgeId, pp.kept)).toList()), false);
            FormErrors.success(this, "review.assign.confirmed");
            showRanking();
        } catch (InvalidInputException e) {
            errors.show(e);
            confirm.setEnabled(true);
        }
    }

    private void showAssignment(AssignmentProposal a, boolean proposed) {
        pairs = new ArrayList<>(a.pairs().stream().map(p -> new ProposedPair(p.idea(), p.judgeId(), p.kept()))
                .toList());
        proposal.setItems(pairs);
        confirm.setEnabled(proposed);
        List<String> messages = new ArrayList<>();
        if (a.tooFewJudges()) {
            messages.add(getTranslation("review.assign.tooFewJudges", panel == null ? 0
                    : panel.settings().judgesPerIdea()));
        }
        if (!a.shortIdeas().isEmpty()) {
            messages.add(getTranslation("review.assign.short", a.shortIdeas().keySet().stream().map(IdeaRef::code)
                    .sorted().collect(Collectors.joining(", "))));
        }
        String loads = a.loads().entrySet().stream()
                .map(e -> a.judgeNames().getOrDefault(e.getKey(), "?") + ": " + e.getValue()).sorted()
                .collect(Collectors.joining("; "));
        messages.add(getTranslation(proposed ? "review.assign.proposed" : "review.assign.current", a.pairs().size(),
                loads));
        assignmentStatus.setText(String.join(" ", messages));
    }

    private void showRanking() {
        PanelSummary p = panel;
        if (p == null) {
            return;
        }
        Ranking r = panels.ranking(p.id());
        ranking.setItems(r.rows());
        agreement.setText(Double.isNaN(r.agreement()) ? getTranslation("review.ranking.agreementUnknown")
                : getTranslation("review.ranking.agreement", number(r.agreement())));
        progress.removeAll();
        r.judges().forEach(j -> progress.add(new Paragraph(getTranslation("review.ranking.judgeProgress", j.name(),
                j.submitted(), j.assigned()))));
        published.setText(p.publishedAt() == null ? ""
                : getTranslation("review.results.publishedAt", DisplayFormats.dateTime(p.publishedAt(), getLocale())));
        publish.setEnabled(p.publishedAt() == null);
    }

    private void addJudge(IdeaRef idea) {
        PanelSummary p = panel;
        if (p == null) {
            return;
        }
        try {
            showAssignment(panels.addJudge(p.id(), idea.submissionId()), false);
            FormErrors.success(this, "review.ranking.judgeAdded", idea.code());
        } catch (InvalidInputException e) {
            errors.show(e);
        }
        showRanking();
    }

    private void advance() {
        PanelSummary p = panel;
        if (p == null) {
            return;
        }
        try {
            List<IdeaRef> top = panels.advance(p.id(), topN.getValue() == null ? 0 : topN.getValue());
            FormErrors.success(this, "review.results.advanced", top.size());
        } catch (InvalidInputException e) {
            errors.show(e);
        } finally {
            advance.setEnabled(true);
        }
    }

    private void publish() {
        PanelSummary p = panel;
        if (p == null) {
            return;
        }
        try {
            List<String> names = Arrays.stream(prizes.getValue().split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            panel = panels.publish(p.id(), names);
            FormErrors.success(this, "review.results.done");
            showRanking();
        } catch (InvalidInputException e) {
            errors.show(e);
            publish.setEnabled(true);
        }
    }

    private String number(double value) {
        return DisplayFormats.number(Math.round(value * 100) / 100.0, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviewPanel");
    }

    /** For tests: picks the round. */
    void choose(long roundId) {
        round.getListDataView().getItems().filter(c -> c.roundId() == roundId).findFirst().ifPresent(round::setValue);
    }


}
