package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.contest.submission.Submission;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.TypedText;

/**
 * The idea's text and its category. It tells when the person changes them (a second after they pause typing),
 * not when the page fills them in.
 */
class IdeaForm extends FormLayout {

    private static final int EDIT_PAUSE_MS = 1000;

    final TextField title = new TextField(getTranslation("contest.field.title"));
    final Select<ContestSummary.Named> category = new Select<>();
    final TextArea summary = new TextArea(getTranslation("contest.field.summary"));
    final TextArea problem = new TextArea(getTranslation("contest.field.problem"));
    final TextArea solution = new TextArea(getTranslation("contest.field.solution"));
    final TextArea impact = new TextArea(getTranslation("contest.field.impact"));
    final TextArea feasibility = new TextArea(getTranslation("contest.field.feasibility"));

    private final FormErrors errors;

    /** @param edited runs after each change the person makes */
    IdeaForm(Runnable edited) {
        addClassName("idea-form");
        setResponsiveSteps(new ResponsiveStep("0", 1));
        title.setMaxLength(Submission.TITLE_MAX_LENGTH);
        TypedText.syncedWhenLeft(title, EDIT_PAUSE_MS, edited);
        title.addValueChangeListener(e -> changedBy(e, edited));
        category.setLabel(getTranslation("contest.field.category"));
        category.setItemLabelGenerator(ContestSummary.Named::name);
        category.addValueChangeListener(e -> changedBy(e, edited));
        summary.setMaxLength(Submission.SUMMARY_MAX_LENGTH);
        for (TextArea text : List.of(problem, solution, impact, feasibility)) {
            text.setMaxLength(Submission.TEXT_MAX_LENGTH);
        }
        summary.setHelperText(getTranslation("contest.field.summary.help"));
        for (TextArea area : areas()) {
            area.setWidthFull();
            area.setMinHeight("6rem");
            TypedText.syncedWhenLeft(area, EDIT_PAUSE_MS, edited);
            area.addValueChangeListener(e -> changedBy(e, edited));
        }
        add(title, category, summary, problem, solution, impact, feasibility);
        errors = new FormErrors(this).bind("title", title).bind("category", category).bind("summary", summary)
                .bind("problem", problem).bind("solution", solution).bind("impact", impact)
                .bind("feasibility", feasibility);
    }

    /** Fills the form; filling it is not an edit. */
    void show(IdeaDraft idea, List<ContestSummary.Named> categories, boolean editable) {
        title.setValue(idea.title());
        summary.setValue(idea.summary());
        problem.setValue(idea.problem());
        solution.setValue(idea.solution());
        impact.setValue(idea.impact());
        feasibility.setValue(idea.feasibility());
        category.setItems(categories);
        category.setValue(categories.stream().filter(c -> Objects.equals(c.id(), idea.categoryId())).findFirst()
                .orElse(null));
        title.setReadOnly(!editable);
        category.setReadOnly(!editable);
        areas().forEach(area -> area.setReadOnly(!editable));
        errors.clear();
    }

    /** The idea as the person sees it now, with this team. */
    IdeaDraft read(List<TeamMember> team) {
        ContestSummary.Named chosen = category.getValue();
        return new IdeaDraft(title.getValue(), summary.getValue(), problem.getValue(), solution.getValue(),
                impact.getValue(), feasibility.getValue(), chosen == null ? null : chosen.id(), team);
    }

    /** Marks the fields the server refused; a problem of the whole idea appears as a notification. */
    void showProblems(InvalidInputException problems) {
        errors.show(problems);
    }

    void clearProblems() {
        errors.clear();
    }

    private List<TextArea> areas() {
        return List.of(summary, problem, solution, impact, feasibility);
    }

    private static void changedBy(HasValue.ValueChangeEvent<?> event, Runnable edited) {
        if (event.isFromClient()) {
            edited.run();
        }
    }
}
