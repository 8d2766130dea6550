package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.Collectors;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.contest.submission.Contest;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.SafeMarkdown;
import vn.tuoitreso.shared.TypedText;

/** A contest's settings: title, rules in Markdown with a preview, eligibility and limits. */
class ContestSettingsForm extends Div {

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
    final IntegerField ideasPerRound = new IntegerField(getTranslation("contest.admin.ideasPerRound"));
    final Button save = new Button(getTranslation("action.save"));

    private final List<UnitSummary> tree;
    private final FormErrors errors;

    ContestSettingsForm(Contests contests, List<UnitSummary> tree, ContestEditing editing) {
        this.tree = tree;
        addClassName("editor-section");
        eligibleUnits = UnitFields.multiple(getTranslation("contest.admin.eligibleUnits"), tree);
        eligibleUnits.setHelperText(getTranslation("contest.admin.eligibleUnits.help"));
        eligibleUnits.setId("contest-units");
        title.setId("contest-title");
        title.setMaxLength(Contest.TITLE_MAX_LENGTH);
        rules.setMaxLength(Contest.RULES_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        rules.setId("contest-rules");
        rules.setHelperText(getTranslation("contest.admin.rules.help"));
        TypedText.syncedWhenLeft(rules, 400);
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
        ideasPerRound.setId("contest-ideas-per-round");
        ideasPerRound.setMin(1);
        ideasPerRound.setMax(Contests.MAX_IDEAS_PER_ROUND);
        ideasPerRound.setStepButtonsVisible(true);
        ideasPerRound.setRequiredIndicatorVisible(true);
        ideasPerRound.setHelperText(getTranslation("contest.admin.ideasPerRound.help"));
        errors = new FormErrors(this).bind("title", title).bind("maxAge", maxAge).bind("limits", maxTotalMb)
                .bind("ideasPerRound", ideasPerRound);
        save.setId("save-contest");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ChangeButtons.onClick(save, () -> save(contests, editing));
        FormLayout form = new FormLayout(title, rules, rulesPreview, minAge, maxAge, eligibleUnits, maxTeamSize,
                maxAttachments, maxAttachmentMb, maxTotalMb, ideasPerRound);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(eligibleUnits, 2);
        add(new H3(getTranslation("contest.admin.settings")), form, save);
    }

    void show(ContestSummary contest) {
        ContestDraft s = contest.settings();
        title.setValue(s.title());
        rules.setValue(s.rules());
        preview(s.rules());
        minAge.setValue(s.minAge());
        maxAge.setValue(s.maxAge());
        eligibleUnits.setValue(UnitFields.withIds(tree, contest.eligibleUnits()));
        maxTeamSize.setValue(s.maxTeamSize());
        maxAttachments.setValue(s.maxAttachments());
        maxAttachmentMb.setValue(s.maxAttachmentMb());
        maxTotalMb.setValue(s.maxTotalMb());
        ideasPerRound.setValue(s.ideasPerRound());
        errors.clear();
    }

    /** Saves what is on screen, as changed from the version the page read. */
    private void save(Contests contests, ContestEditing editing) {
        ContestSummary contest = editing.contest();
        try {
            ContestSummary saved = contests.update(contest.id(), new ContestDraft(title.getValue(), rules.getValue(),
                    minAge.getValue(), maxAge.getValue(), orZero(maxTeamSize), orZero(maxAttachments),
                    orZero(maxAttachmentMb), orZero(maxTotalMb), orZero(ideasPerRound), contest.settings().version()),
                    eligibleUnits.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet()));
            editing.changed(saved);
            FormErrors.success(this, "action.saved");
        } catch (StaleEditException ex) {
            editing.stale();
        } catch (InvalidInputException ex) {
            errors.show(ex);
        }
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

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
