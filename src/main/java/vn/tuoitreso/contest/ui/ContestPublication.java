package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.Icons;

/** Whether contestants see the contest, and the button that publishes or hides it. */
class ContestPublication extends Div {

    final Span state = new Span();
    final Button publish = new Button();

    ContestPublication(Contests contests, ContestEditing editing) {
        addClassName("publication");
        state.setId("contest-state");
        publish.setId("publish-contest");
        ChangeButtons.onClick(publish, () -> {
            ContestSummary contest = editing.contest();
            try {
                ContestSummary changed = contests.publish(contest.id(), !contest.published());
                editing.changed(changed);
                FormErrors.success(this, changed.published() ? "contest.admin.publishedNow"
                        : "contest.admin.hiddenNow");
            } catch (InvalidInputException ex) {
                new FormErrors(this).show(ex);
            }
        });
        add(state, publish);
    }

    void show(ContestSummary contest) {
        boolean published = contest.published();
        state.removeAll();
        state.add(published ? Badges.badge(getTranslation("contest.admin.published"), "badge success")
                : Badges.badge(getTranslation("contest.admin.hidden"), "badge contrast"));
        publish.setText(getTranslation(published ? "contest.admin.unpublish" : "contest.admin.publish"));
        publish.setIcon(published ? Icons.EYE_SLASH.create() : Icons.EYE.create());
        publish.removeThemeVariants(ButtonVariant.LUMO_SUCCESS);
        if (!published) {
            publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        }
    }
}
