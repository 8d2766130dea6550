package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.tuoitreso.contest.AttachmentSummary;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.documents.ExtractionOutcome;
import vn.tuoitreso.documents.ExtractionStatus;

/** Small coloured labels for statuses, and the line that shows an attached file. */
final class Badges {

    static final String EXTRACTION_BADGE = "extraction-badge";

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
        badge.addClassName(EXTRACTION_BADGE);
        if (outcome.reasonKey() != null && outcome.status() != ExtractionStatus.EXTRACTED) {
            badge.setTitle(view.getTranslation(outcome.reasonKey(), outcome.reasonArgs().toArray()));
        }
        return badge;
    }

    /** A file of a submission: its icon, a download link (checked by the server), size and extraction badge. */
    static Div attachment(Component view, java.util.Locale locale, AttachmentSummary file) {
        Anchor link = new Anchor(file.downloadPath(), file.fileName(), AnchorTarget.BLANK);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", file.fileName());
        Span size = new Span(DisplayFormats.number(Math.max(1, file.sizeBytes() / 1024), locale) + " kB");
        size.addClassName("muted");
        Div line = new Div(VaadinIcon.FILE_TEXT_O.create(), link, size, extraction(view, file.extraction()));
        line.addClassName("attachment");
        if (file.extraction().status() == ExtractionStatus.FAILED && file.extraction().reasonKey() != null) {
            // on a phone there is no tooltip: the reason is written out
            Span reason = new Span(view.getTranslation(file.extraction().reasonKey(),
                    file.extraction().reasonArgs().toArray()));
            reason.addClassNames("muted", "extraction-reason");
            line.add(reason);
        }
        return line;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", theme);
        return badge;
    }
}
