package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.tuoitreso.contest.AttachmentSummary;
import vn.tuoitreso.contest.ReadingStatus;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.Icons;

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

    static Span reading(Component view, AttachmentSummary.Reading reading) {
        Span badge = switch (reading.status()) {
            case PENDING -> badge(view.getTranslation("contest.extraction.pending"), "badge");
            case READ -> badge(view.getTranslation("contest.extraction.extracted"), "badge success");
            case PARTIAL -> badge(view.getTranslation("contest.extraction.partial"), "badge contrast");
            case FAILED -> badge(view.getTranslation("contest.extraction.failed"), "badge error");
            case NO_TEXT -> badge(view.getTranslation("contest.extraction.unsupported"), "badge contrast");
        };
        badge.addClassName(EXTRACTION_BADGE);
        if (reading.reasonKey() != null && reading.status() != ReadingStatus.READ) {
            badge.setTitle(view.getTranslation(reading.reasonKey(), reading.reasonArgs().toArray()));
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
        Div line = new Div(Icons.FILE_TEXT_O.create(), link, size, reading(view, file.reading()));
        line.addClassName("attachment");
        if ((file.reading().status() == ReadingStatus.FAILED || file.reading().status() == ReadingStatus.PARTIAL)
                && file.reading().reasonKey() != null) {
            // on a phone there is no tooltip: the reason is written out
            Span reason = new Span(view.getTranslation(file.reading().reasonKey(),
                    file.reading().reasonArgs().toArray()));
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
