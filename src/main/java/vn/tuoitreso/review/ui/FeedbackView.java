package vn.tuoitreso.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import vn.tuoitreso.review.Feedback;
import vn.tuoitreso.review.IdeaFeedback;
import vn.tuoitreso.review.RubricCriterion;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * A contestant reads the judges' scores per criterion and their feedback on their own idea, once the results are
 * published. The idea page links here by route ({@code contests/submissions/<id>/feedback}); judges are not named.
 */
@Route("contests/submissions/:id/feedback")
@PermitAll
class FeedbackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div content = new Div();
    final Checkbox showName = new Checkbox();

    private final Feedback feedback;
    private long submissionId;

    FeedbackView(Feedback feedback) {
        this.feedback = feedback;
        addClassName("feedback-view");
        content.setId("feedback-content");
        content.setWidthFull();
        content.getStyle().set("overflow-wrap", "anywhere");
        showName.setId("feedback-show-name");
        showName.setLabel(getTranslation("review.consent.label"));
        showName.setHelperText(getTranslation("review.consent.help"));
        // built once: the view is reused when only the idea changes
        showName.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                decide(e.getValue());
            }
        });
    }

    private void decide(boolean shown) {
        try {
            feedback.showName(submissionId, shown);
            FormErrors.success(this, shown ? "review.consent.shown" : "review.consent.hidden");
        } catch (InvalidInputException e) {
            showName.setValue(!shown);
            new FormErrors(this).show(e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        Optional<IdeaFeedback> found;
        boolean shown;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            found = feedback.onMyIdea(id);
            shown = feedback.nameShown(id);
        } catch (NumberFormatException | InvalidInputException e) {
            throw new NotFoundException();
        }
        submissionId = id;
        showName.setValue(shown);
        removeAll();
        content.removeAll();
        add(new Anchor("contests/submissions/" + id, getTranslation("review.feedback.back")),
                new H2(getTranslation("review.feedback.title")), showName, content);
        if (found.isEmpty()) {
            content.add(new Paragraph(getTranslation("review.feedback.notYet")));
            return;
        }
        IdeaFeedback f = found.get();
        int n = 0;
        for (IdeaFeedback.Judged judged : f.judges()) {
            n++;
            content.add(new H3(getTranslation("review.feedback.judge", n, number(judged.total()))));
            for (RubricCriterion c : f.rubric()) {
                Double score = judged.scores().get(c.id());
                content.add(new Paragraph(getTranslation("review.feedback.score", c.name(),
                        score == null ? "—" : number(score), number(c.max()))));
            }
            if (!judged.feedback().isBlank()) {
                Paragraph text = new Paragraph(judged.feedback());
                text.getStyle().set("white-space", "pre-line").set("font-style", "italic");
                content.add(text);
            }
        }
    }

    private String number(double value) {
        return DisplayFormats.number(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.feedback.title");
    }
}
