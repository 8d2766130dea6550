package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;
import vn.tuoitreso.contest.SentRevision;
import vn.tuoitreso.shared.DisplayFormats;

/** The revisions sent, newest first, each with its text and files as they were sent. */
class RevisionHistory extends Div {

    final Div list = new Div();

    RevisionHistory() {
        setWidthFull();
        list.addClassName("revision-history");
        add(new H3(getTranslation("contest.history")), list);
    }

    void show(List<SentRevision> history) {
        setVisible(!history.isEmpty());
        list.removeAll();
        for (SentRevision revision : history) {
            String files = revision.attachments().isEmpty() ? getTranslation("contest.attachments.none")
                    : revision.attachments().stream().map(SentRevision.File::fileName).collect(Collectors.joining(", "));
            Div body = new Div(new Paragraph(revision.idea().title()), new Paragraph(revision.idea().summary()),
                    new Paragraph(getTranslation("contest.attachments") + ": " + files));
            list.add(new Details(getTranslation("contest.history.item", revision.revision(),
                    DisplayFormats.dateTime(revision.sentAt(), getLocale())), body));
        }
    }
}
