package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.documents.ExtractionOutcome;
import vn.tuoitreso.documents.ExtractionStatus;

/** Small coloured labels for statuses. */
final class Badges {

    private Badges() {
    }

    static Span status(Component view, SubmissionStatus status) {
        String theme = switch (status) {
            case DRAFT -> "badge contrast";
            case SUBMITTED -> "badge success";
            case WITHDRAWN -> "badge error";
        };
        return badge(view.getTranslation("contest.status." + status.name().toLowerCase(java.util.Locale.ROOT)), theme);
    }

    static Span extraction(Component view, ExtractionOutcome outcome) {
        String theme = switch (outcome.status()) {
            case PENDING -> "badge";
            case EXTRACTED -> "badge success";
            case FAILED -> "badge error";
            case UNSUPPORTED -> "badge contrast";
        };
        Span badge = badge(view.getTranslation("contest.extraction." + outcome.status().name().toLowerCase(
                java.util.Locale.ROOT)), theme);
        if (outcome.reasonKey() != null && outcome.status() != ExtractionStatus.EXTRACTED) {
            badge.setTitle(view.getTranslation(outcome.reasonKey(), outcome.reasonArgs().toArray()));
        }
        return badge;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", theme);
        return badge;
    }
}
