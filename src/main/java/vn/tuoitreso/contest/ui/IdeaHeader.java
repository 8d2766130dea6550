package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.shared.DisplayFormats;

/** Where the idea stands, what it is entered in, until when it may change, and its receipt once sent. */
class IdeaHeader extends Div {

    IdeaHeader() {
        addClassName("submission-header");
    }

    /** @param contest the idea's contest, or none when organisers have since hidden it */
    void show(SubmissionSummary submission, @Nullable ContestSummary contest) {
        removeAll();
        add(new H2(getTranslation("contest.idea")), Badges.status(this, submission.status()));
        if (contest != null) {
            add(new Paragraph(contest.settings().title()));
            contest.rounds().stream().filter(r -> r.id() == submission.roundId()).findFirst().ifPresent(r -> {
                Paragraph deadline = new Paragraph(getTranslation("contest.deadline", r.plan().name(),
                        DisplayFormats.dateTime(r.plan().submissionCloses(), getLocale())));
                deadline.addClassName("deadline");
                add(deadline);
            });
        }
        if (submission.status() == SubmissionStatus.SUBMITTED) {
            add(new Anchor("receipt/" + submission.code(), getTranslation("contest.receipt.open",
                    submission.code())));
        }
    }
}
