package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.tuoitreso.contest.AttachmentSummary;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.ReadingStatus;
import vn.tuoitreso.contest.SubmissionRow;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.Icons;

/**
 * One submission in full for organisers, as its revision last sent: the idea's text, its team, and its files
 * with their extraction.
 */
class SubmissionDialog extends Dialog {

    final Div files = new Div();

    SubmissionDialog(SubmissionRow row, SubmissionSummary submission, Attachments attachments) {
        IdeaDraft idea = submission.idea();
        setHeaderTitle(row.code());
        addClassName("submission-dialog");
        setWidth("min(56rem, 100vw)");
        setMaxHeight("100vh");
        Div facts = new Div(Badges.status(this, submission.status()),
                fact("contest.admin.col.round", row.roundName()), fact("contest.admin.col.category", row.categoryName()),
                fact("contest.admin.col.unit", row.unitName()), fact("contest.admin.col.author", row.ownerName()),
                fact("contest.admin.col.revision", Integer.toString(submission.revision())));
        if (submission.submittedAt() != null) {
            facts.add(fact("contest.admin.col.submittedAt",
                    DisplayFormats.dateTime(submission.submittedAt(), getLocale())));
        }
        facts.addClassName("submission-facts");
        add(new H3(idea.title().isBlank() ? getTranslation("contest.admin.untitled") : idea.title()), facts);
        section("contest.admin.idea.summary", idea.summary());
        section("contest.admin.idea.problem", idea.problem());
        section("contest.admin.idea.solution", idea.solution());
        section("contest.admin.idea.impact", idea.impact());
        section("contest.admin.idea.feasibility", idea.feasibility());
        add(new H4(getTranslation("contest.admin.team")));
        if (idea.team().isEmpty()) {
            add(muted(getTranslation("contest.admin.noTeam")));
        } else {
            UnorderedList team = new UnorderedList();
            for (TeamMember member : idea.team()) {
                team.add(new ListItem(member.fullName()));
            }
            add(team);
        }
        add(new H4(getTranslation("contest.admin.files")), files);
        files.addClassName("attachment-list");
        if (submission.revision() > 0) {
            // the search module's panel, by its route: contest does not know search
            Anchor similar = new Anchor("organiser/submissions/" + submission.id() + "/similar",
                    getTranslation("search.similar"));
            similar.setId("similar-ideas-link");
            add(similar);
        }
        showFiles(attachments.of(submission.id()), attachments);
        Button close = new Button(getTranslation("contest.admin.close"), e -> close());
        close.setId("close-submission");
        getFooter().add(close);
    }

    private void showFiles(List<AttachmentSummary> list, Attachments attachments) {
        files.removeAll();
        if (list.isEmpty()) {
            files.add(muted(getTranslation("contest.admin.noFiles")));
        }
        for (AttachmentSummary file : list) {
            Div line = Badges.attachment(this, getLocale(), file);
            com.vaadin.flow.component.Component badge = line.getChildren()
                    .filter(c -> c instanceof Span span && span.hasClassName(Badges.EXTRACTION_BADGE)).findFirst()
                    .orElseThrow();
            Button retry = new Button(getTranslation("contest.admin.retryExtraction"), Icons.REFRESH.create());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    file.reading().status() == ReadingStatus.FAILED ? ButtonVariant.LUMO_PRIMARY
                            : ButtonVariant.LUMO_TERTIARY);
            retry.setId("retry-extraction-" + file.id());
            ChangeButtons.onClickWhile(retry, () -> {
                try {
                    AttachmentSummary again = attachments.retryExtraction(file.id());
                    line.replace(badge, Badges.reading(this, again.reading()));
                    FormErrors.success(this, "contest.admin.retryRequested", file.fileName());
                    return false;
                } catch (InvalidInputException ex) {
                    new FormErrors(this).show(ex);
                    return true;
                }
            });
            line.add(retry);
            files.add(line);
        }
    }

    private void section(String titleKey, String text) {
        if (text.isBlank()) {
            return;
        }
        Paragraph body = new Paragraph(text);
        body.addClassName("idea-text");
        add(new H4(getTranslation(titleKey)), body);
    }

    private Span fact(String labelKey, String value) {
        Span fact = new Span(getTranslation(labelKey) + ": " + (value.isBlank() ? "—" : value));
        fact.addClassName("fact");
        return fact;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
