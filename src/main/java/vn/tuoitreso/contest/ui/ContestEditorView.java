package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.submission.Category;
import vn.tuoitreso.contest.submission.Contest;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.SafeMarkdown;

/** Organisers set a contest up: its rules, eligibility and limits, categories, rounds, and publication. */
@Route("organiser/contests/:id")
@RolesAllowed({"ORGANISER", "ADMIN"})
class ContestEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField(getTranslation("contest.admin.title"));
    final TextArea rules = new TextArea(getTranslation("contest.admin.rules"));
    final Div rulesPreview = new Div();
    final IntegerField minAge = new IntegerField(getTranslation("contest.admin.minAge"));
    final IntegerField maxAge = new IntegerField(getTranslation("contest.admin.maxAge"));
    final MultiSelectComboBox<UnitSummary> eligibleUnits;
    final IntegerField maxTeamSize = new IntegerField(getTranslation("contest.admin.maxTeamSize"));
    final IntegerField maxAttachments = new IntegerField(getTranslation("contest.admin.maxAttachments"));
    final IntegerField maxAttachmentMb = new IntegerField(getTranslation("contest.admin.maxAttachmentMb"));
    final IntegerField maxTotalMb = new IntegerField(getTranslation("contest.admin.maxTotalMb"));
    final Button save = new Button(getTranslation("action.save"));
    final Span state = new Span();
    final Button publish = new Button();
    final Div categories = new Div();
    final TextField newCategory = new TextField();
    final Button addCategory = new Button(getTranslation("contest.admin.addCategory"), VaadinIcon.PLUS.create());
    final Grid<ContestSummary.RoundSummary> rounds = new Grid<>();
    final Button addRound = new Button(getTranslation("contest.admin.addRound"), VaadinIcon.PLUS.create());
    final H2 heading = new H2();

    private final Contests contests;
    private final Clock clock;
    private final List<UnitSummary> tree;
    private final FormErrors errors;
    private @Nullable ContestSummary contest;

    ContestEditorView(Contests contests, Units units, Clock clock) {
        this.contests = contests;
        this.clock = clock;
        this.tree = units.tree();
        addClassName("contest-editor-view");
        eligibleUnits = UnitFields.multiple(getTranslation("contest.admin.eligibleUnits"), tree);
        eligibleUnits.setHelperText(getTranslation("contest.admin.eligibleUnits.help"));
        eligibleUnits.setId("contest-units");
        errors = new FormErrors(this).bind("title", title).bind("maxAge", maxAge).bind("limits", maxTotalMb);
        buildSettings();
        buildCategories();
        buildRounds();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            ContestSummary found = contests.get(id);
            removeAll();
            Anchor back = new Anchor("organiser/contests", getTranslation("menu.contestAdmin"));
            Anchor submissions = new Anchor("organiser/contests/" + id + "/submissions",
                    getTranslation("contest.admin.submissionsLink"));
            submissions.setId("contest-submissions-link");
            Div publication = new Div(state, publish);
            publication.addClassName("publication");
            add(back, heading, publication, submissions, settingsSection(), categoriesSection(), roundsSection());
            fill(found);
        } catch (NumberFormatException | InvalidInputException e) {
            throw new NotFoundException();
        }
    }

    private void buildSettings() {
        title.setId("contest-title");
        title.setMaxLength(Contest.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        rules.setId("contest-rules");
        rules.setHelperText(getTranslation("contest.admin.rules.help"));
        rules.setValueChangeMode(ValueChangeMode.LAZY);
        rules.addValueChangeListener(e -> preview(e.getValue()));
        rules.addClassName("rules-editor");
        rulesPreview.addClassName("rules-preview");
        for (IntegerField age : List.of(minAge, maxAge)) {
            age.setMin(0);
            age.setMax(120);
            age.setStepButtonsVisible(true);
            age.setHelperText(getTranslation("contest.admin.age.help"));
        }
        minAge.setId("contest-min-age");
        maxAge.setId("contest-max-age");
        for (IntegerField limit : List.of(maxTeamSize, maxAttachments, maxAttachmentMb, maxTotalMb)) {
            limit.setMin(0);
            limit.setStepButtonsVisible(true);
            limit.setRequiredIndicatorVisible(true);
        }
        maxTeamSize.setMin(1);
        maxAttachmentMb.setMin(1);
        maxTotalMb.setMin(1);
        maxAttachmentMb.setSuffixComponent(new Span(getTranslation("contest.admin.mb")));
        maxTotalMb.setSuffixComponent(new Span(getTranslation("contest.admin.mb")));
        maxTeamSize.setId("contest-team-size");
        maxAttachments.setId("contest-max-attachments");
        maxAttachmentMb.setId("contest-max-attachment-mb");
        maxTotalMb.setId("contest-max-total-mb");
        save.setId("save-contest");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveSettings());
        publish.setId("publish-contest");
        publish.addClickListener(e -> togglePublished());
        state.setId("contest-state");
    }

    private Div settingsSection() {
        FormLayout form = new FormLayout(title, rules, rulesPreview, minAge, maxAge, eligibleUnits, maxTeamSize,
                maxAttachments, maxAttachmentMb, maxTotalMb);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(eligibleUnits, 2);
        Div section = new Div(new H3(getTranslation("contest.admin.settings")), form, save);
        section.addClassName("editor-section");
        return section;
    }

    private void buildCategories() {
        categories.addClassName("category-list");
        categories.setId("contest-categories");
        newCategory.setPlaceholder(getTranslation("contest.admin.newCategory"));
        newCategory.setAriaLabel(getTranslation("contest.admin.newCategory"));
        newCategory.setMaxLength(Category.NAME_MAX_LENGTH);
        newCategory.setId("new-category");
        addCategory.setId("add-category");
        addCategory.addClickListener(e -> {
            try {
                fill(contests.addCategory(contest().id(), newCategory.getValue()));
                newCategory.clear();
                newCategory.setInvalid(false);
            } catch (InvalidInputException ex) {
                new FormErrors(this).bind("name", newCategory).show(ex);
            }
        });
    }

    private Div categoriesSection() {
        Div add = new Div(newCategory, addCategory);
        add.addClassName("inline-form");
        Div section = new Div(new H3(getTranslation("contest.admin.categories")), categories, add);
        section.addClassName("editor-section");
        return section;
    }

    private void buildRounds() {
        rounds.setId("contest-rounds");
        rounds.setAllRowsVisible(true);
        rounds.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rounds.addColumn(r -> r.plan().name()).setHeader(getTranslation("contest.admin.roundName")).setFlexGrow(1);
        rounds.addColumn(r -> window(r.plan().submissionOpens(), r.plan().submissionCloses()))
                .setHeader(getTranslation("contest.admin.submissionWindow")).setFlexGrow(1);
        rounds.addColumn(r -> window(r.plan().reviewOpens(), r.plan().reviewCloses()))
                .setHeader(getTranslation("contest.admin.reviewWindow.column")).setFlexGrow(1);
        rounds.addComponentColumn(r -> r.openNow()
                ? Badges.badge(getTranslation("contest.admin.openNow"), "badge success")
                : new Span()).setAutoWidth(true).setFlexGrow(0);
        rounds.addComponentColumn(r -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> openRound(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            edit.setAriaLabel(getTranslation("contest.admin.editRound", r.plan().name()));
            edit.setTooltipText(getTranslation("action.edit"));
            edit.setId("edit-round-" + r.id());
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        addRound.setId("add-round");
        addRound.addClickListener(e -> openRound(null));
    }

    private Div roundsSection() {
        Div section = new Div(new H3(getTranslation("contest.admin.rounds")), rounds, addRound);
        section.addClassName("editor-section");
        return section;
    }

    private void fill(ContestSummary summary) {
        contest = summary;
        ContestDraft s = summary.settings();
        heading.setText(s.title());
        title.setValue(s.title());
        rules.setValue(s.rules());
        preview(s.rules());
        minAge.setValue(s.minAge());
        maxAge.setValue(s.maxAge());
        eligibleUnits.setValue(UnitFields.withIds(tree, summary.eligibleUnits()));
        maxTeamSize.setValue(s.maxTeamSize());
        maxAttachments.setValue(s.maxAttachments());
        maxAttachmentMb.setValue(s.maxAttachmentMb());
        maxTotalMb.setValue(s.maxTotalMb());
        showPublication(summary.published());
        showCategories(summary.categories());
        rounds.setItems(summary.rounds());
        getUI().ifPresent(ui -> ui.getPage().setTitle(s.title()));
    }

    private void showPublication(boolean published) {
        state.removeAll();
        state.add(published ? Badges.badge(getTranslation("contest.admin.published"), "badge success")
                : Badges.badge(getTranslation("contest.admin.hidden"), "badge contrast"));
        publish.setText(getTranslation(published ? "contest.admin.unpublish" : "contest.admin.publish"));
        publish.setIcon(published ? VaadinIcon.EYE_SLASH.create() : VaadinIcon.EYE.create());
        publish.removeThemeVariants(ButtonVariant.LUMO_SUCCESS);
        if (!published) {
            publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        }
    }

    private void showCategories(List<ContestSummary.Named> list) {
        categories.removeAll();
        if (list.isEmpty()) {
            Span none = new Span(getTranslation("contest.admin.noCategories"));
            none.addClassName("muted");
            categories.add(none);
        }
        for (ContestSummary.Named category : list) {
            Button rename = new Button(VaadinIcon.EDIT.create(), e -> openRename(category));
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            rename.setAriaLabel(getTranslation("contest.admin.renameCategory", category.name()));
            rename.setTooltipText(getTranslation("contest.admin.renameCategory", category.name()));
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(category));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON,
                    ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("contest.admin.removeCategory", category.name()));
            remove.setTooltipText(getTranslation("contest.admin.removeCategory", category.name()));
            Div line = new Div(new Span(category.name()), rename, remove);
            line.addClassName("category-line");
            categories.add(line);
        }
    }

    private void saveSettings() {
        try {
            ContestSummary saved = contests.update(contest().id(), new ContestDraft(title.getValue(), rules.getValue(),
                    minAge.getValue(), maxAge.getValue(), orZero(maxTeamSize), orZero(maxAttachments),
                    orZero(maxAttachmentMb), orZero(maxTotalMb), contest().settings().version()),
                    eligibleUnits.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet()));
            errors.clear();
            fill(saved);
            FormErrors.success(this, "action.saved");
        } catch (InvalidInputException ex) {
            errors.show(ex);
        }
    }

    private void togglePublished() {
        try {
            ContestSummary changed = contests.publish(contest().id(), !contest().published());
            fill(changed);
            FormErrors.success(this, changed.published() ? "contest.admin.publishedNow" : "contest.admin.hiddenNow");
        } catch (InvalidInputException ex) {
            errors.show(ex);
        }
    }

    private void openRename(ContestSummary.Named category) {
        Dialog dialog = new Dialog(getTranslation("contest.admin.renameCategory", category.name()));
        TextField name = new TextField(getTranslation("contest.admin.categoryName"));
        name.setValue(category.name());
        name.setMaxLength(Category.NAME_MAX_LENGTH);
        name.setWidthFull();
        name.setId("category-name");
        FormErrors dialogErrors = new FormErrors(this).bind("name", name);
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                fill(contests.renameCategory(category.id(), name.getValue(), category.version()));
                dialog.close();
            } catch (InvalidInputException ex) {
                dialogErrors.show(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("save-category");
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("min(28rem, 95vw)");
        dialog.open();
    }

    private void confirmRemove(ContestSummary.Named category) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("contest.admin.removeCategory", category.name()),
                getTranslation("contest.admin.confirmRemoveCategory", category.name()), getTranslation("action.delete"),
                e -> {
                    try {
                        fill(contests.removeCategory(category.id(), category.version()));
                    } catch (InvalidInputException ex) {
                        errors.show(ex);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void openRound(ContestSummary.@Nullable RoundSummary round) {
        new RoundDialog(round, clock.instant(), plan -> {
            fill(round == null ? contests.addRound(contest().id(), plan) : contests.updateRound(round.id(), plan));
            FormErrors.success(this, "action.saved");
        }).open();
    }

    private void preview(String markdown) {
        rulesPreview.removeAll();
        if (markdown.isBlank()) {
            Span empty = new Span(getTranslation("contest.admin.rules.empty"));
            empty.addClassName("muted");
            rulesPreview.add(empty);
        } else {
            rulesPreview.add(new Html("<div class=\"lesson-body\">" + SafeMarkdown.toHtml(markdown) + "</div>"));
        }
    }

    private String window(@Nullable Instant opens, @Nullable Instant closes) {
        if (opens == null || closes == null) {
            return getTranslation("contest.admin.notSet");
        }
        return getTranslation("contest.admin.window", DisplayFormats.dateTime(opens, getLocale()),
                DisplayFormats.dateTime(closes, getLocale()));
    }

    private ContestSummary contest() {
        if (contest == null) {
            throw new IllegalStateException("no contest loaded");
        }
        return contest;
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return contest == null ? getTranslation("menu.contestAdmin") : contest.settings().title();
    }
}
