package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.IdeaPages;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.Invitations;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.StaleNotice;

/**
 * The idea page. A draft is saved as the contestant types (a second after they pause), so a dropped connection
 * loses at most that second; a submitted idea changes only when a new revision is sent, its text and files
 * together. Its parts are built once; showing another idea (Vaadin reuses the page) only refills them.
 */
@Route("contests/submissions/:id")
@PermitAll
class SubmissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final IdeaHeader header = new IdeaHeader();
    final IdeaForm form = new IdeaForm(this::autosave);
    final TeamSection team;
    final FilesSection files;
    final RevisionHistory history = new RevisionHistory();
    final Button submit = new Button();
    final Button withdraw = new Button(getTranslation("contest.withdraw"));
    final Span saveState = new Span();

    private final Div actions = new Div();
    private final Submissions submissions;
    private final Contests contests;
    private final CurrentUser currentUser;
    private final ObjectProvider<IdeaPages> pages;
    private @Nullable SubmissionSummary current;
    private @Nullable ContestSummary contest;
    private @Nullable StaleNotice staleNotice;

    SubmissionView(Submissions submissions, Attachments attachments, Contests contests, Invitations invitations,
            CurrentUser currentUser, ObjectProvider<IdeaPages> pages) {
        this.submissions = submissions;
        this.pages = pages;
        this.contests = contests;
        this.currentUser = currentUser;
        addClassName("submission-view");
        team = new TeamSection(invitations, this::keepTeam);
        files = new FilesSection(attachments);
        submit.setId("submit-idea");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ChangeButtons.onClickWhile(submit, this::send);
        withdraw.setId("withdraw-idea");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.addClickListener(e -> confirmWithdraw());
        saveState.addClassName("save-state");
        saveState.getElement().setAttribute("aria-live", "polite");
        actions.addClassName("submission-actions");
        add(header, form, team, files, history, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            load(event.getRouteParameters().getLong("id").orElse(-1L));
        } catch (InvalidInputException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void load(long id) {
        SubmissionSummary found = submissions.get(id);
        current = found;
        contest = contestOf(found);
        closeStaleNotice();
        show(found);
    }

    private void show(SubmissionSummary s) {
        boolean editable = editable(s);
        header.show(s, contest);
        form.show(s.idea(), contest == null ? List.of() : contest.categories(), editable);
        team.show(s.id(), s.idea().team(), editable);
        files.show(s.id(), editable, s.status() == SubmissionStatus.SUBMITTED, contest);
        history.show(submissions.history(s.id()));
        actions.removeAll();
        if (editable) {
            submit.setText(getTranslation(s.status() == SubmissionStatus.SUBMITTED ? "contest.resubmit"
                    : "contest.submit"));
            submit.setEnabled(true);
            actions.add(submit);
        }
        if (isOwner(s) && s.status() != SubmissionStatus.WITHDRAWN && roundOpen(s)) {
            actions.add(withdraw);
        }
        saveState.setText(!editable ? "" : getTranslation(s.status() == SubmissionStatus.SUBMITTED
                ? "contest.autosave.submitted" : "contest.autosave.on"));
        actions.add(saveState);
        pages.orderedStream().flatMap(p -> p.of(s.id()).stream()).forEach(link -> {
            Anchor anchor = new Anchor(link.route(), getTranslation(link.labelKey()));
            anchor.addClassName("idea-page-link");
            actions.add(anchor);
        });
    }

    /** Keeps a draft as it is typed; a submitted idea keeps its changes on screen until they are sent. */
    private void autosave() {
        SubmissionSummary s = current;
        if (s == null || s.status() != SubmissionStatus.DRAFT || !isOwner(s) || isStale()) {
            return;
        }
        try {
            SubmissionSummary saved = submissions.save(s.id(), draft(), s.version());
            current = saved;
            form.clearProblems();
            saveState.setText(getTranslation("contest.autosave.saved",
                    DisplayFormats.dateTime(saved.updatedAt(), getLocale())));
        } catch (StaleEditException e) {
            stale();
        } catch (InvalidInputException e) {
            form.showProblems(e);
            saveState.setText(getTranslation("contest.autosave.failed"));
        }
    }

    /** The team changed: a draft keeps it at once; false when it was refused (too many members). */
    private boolean keepTeam(List<TeamMember> members) {
        SubmissionSummary s = current;
        if (s == null || s.status() != SubmissionStatus.DRAFT) {
            return true;
        }
        try {
            current = submissions.save(s.id(), form.read(members), s.version());
            return true;
        } catch (StaleEditException e) {
            stale();
            return false;
        } catch (InvalidInputException e) {
            form.showProblems(e);
            return false;
        }
    }

    /** Sends what is on screen as one revision; returns whether sending may be tried again. */
    private boolean send() {
        SubmissionSummary s = Objects.requireNonNull(current);
        try {
            SubmissionSummary sent = submissions.submit(s.id(), draft(), s.version());
            current = sent;
            FormErrors.success(this, "contest.submitted", sent.code());
            getUI().ifPresent(ui -> ui.navigate("receipt/" + sent.code()));
            return true;
        } catch (StaleEditException e) {
            stale();
            return true;
        } catch (InvalidInputException e) {
            form.showProblems(e);
            // a refused draft still kept what was typed (a newer version); the deadline may have passed meanwhile
            SubmissionSummary kept = submissions.get(s.id());
            current = kept;
            ContestSummary fresh = contestOf(kept);
            contest = fresh == null ? contest : fresh;
            if (kept.status() == SubmissionStatus.DRAFT) {
                saveState.setText(getTranslation("contest.autosave.kept"));
            }
            return roundOpen(kept);
        }
    }

    private void confirmWithdraw() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("contest.withdraw"),
                getTranslation("contest.withdraw.confirm"), getTranslation("contest.withdraw"), e -> {
                    SubmissionSummary withdrawn = submissions.withdraw(Objects.requireNonNull(current).id());
                    current = withdrawn;
                    FormErrors.success(this, "contest.withdrawn");
                    show(withdrawn);
                    header.scrollIntoView(); // the button was at the bottom: show the new status
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Someone (another tab) changed the idea since this page read it: nothing more is saved until a reload. */
    private void stale() {
        saveState.setText(getTranslation(StaleEditException.MESSAGE_KEY));
        if (!isStale()) {
            StaleNotice notice = new StaleNotice(StaleEditException.MESSAGE_KEY, () -> load(Objects.requireNonNull(current).id()));
            staleNotice = notice;
            notice.open();
        }
    }

    private boolean isStale() {
        return staleNotice != null && staleNotice.isOpened();
    }

    private void closeStaleNotice() {
        if (staleNotice != null) {
            staleNotice.close();
            staleNotice = null;
        }
    }

    private IdeaDraft draft() {
        return form.read(team.members());
    }

    /** The idea's contest, or none when organisers have since hidden it (the idea stays readable). */
    private @Nullable ContestSummary contestOf(SubmissionSummary submission) {
        try {
            return contests.get(submission.contestId());
        } catch (InvalidInputException hidden) {
            return null;
        }
    }

    private boolean isOwner(SubmissionSummary s) {
        return currentUser.accountId().map(id -> id == s.ownerAccountId()).orElse(false);
    }

    private boolean roundOpen(SubmissionSummary s) {
        return contest != null && contest.rounds().stream().anyMatch(r -> r.id() == s.roundId() && r.openNow());
    }

    private boolean editable(SubmissionSummary s) {
        return isOwner(s) && (s.status() == SubmissionStatus.DRAFT
                || (s.status() == SubmissionStatus.SUBMITTED && roundOpen(s)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.idea");
    }
}
