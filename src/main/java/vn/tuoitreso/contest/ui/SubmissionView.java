package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.AttachmentSummary;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.SentRevision;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.documents.DocumentType;
import vn.tuoitreso.documents.ExtractionStatus;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.identity.PersonName;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.UploadTexts;

/**
 * The idea form. A draft is saved as the contestant types (a second after they pause), so a dropped
 * connection loses at most that second; a submitted idea changes only when a new revision is sent.
 */
@Route("contests/submissions/:id")
@PermitAll
class SubmissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int AUTOSAVE_MS = 1000;
    private static final int POLL_MS = 3000;

    final TextField title = new TextField(getTranslation("contest.field.title"));
    final TextArea summary = new TextArea(getTranslation("contest.field.summary"));
    final TextArea problem = new TextArea(getTranslation("contest.field.problem"));
    final TextArea solution = new TextArea(getTranslation("contest.field.solution"));
    final TextArea impact = new TextArea(getTranslation("contest.field.impact"));
    final TextArea feasibility = new TextArea(getTranslation("contest.field.feasibility"));
    final Select<ContestSummary.Named> category = new Select<>();
    final Span saveState = new Span();
    final Div team = new Div();
    final Div files = new Div();
    final Button submit = new Button();
    final Button withdraw = new Button(getTranslation("contest.withdraw"));
    final Div header = new Div();
    final List<TeamMember> members = new ArrayList<>();

    private final Submissions submissions;
    private final Attachments attachments;
    private final Contests contests;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final FormErrors errors;
    private @Nullable SubmissionSummary current;
    private @Nullable ContestSummary contest;
    private boolean loading;
    private boolean filesEditable;
    private boolean extractionPending;

    SubmissionView(Submissions submissions, Attachments attachments, Contests contests, Accounts accounts,
            CurrentUser currentUser) {
        this.submissions = submissions;
        this.attachments = attachments;
        this.contests = contests;
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("submission-view");
        errors = new FormErrors(this).bind("title", title).bind("summary", summary).bind("problem", problem)
                .bind("solution", solution).bind("impact", impact).bind("feasibility", feasibility)
                .bind("category", category);
        title.setMaxLength(300);
        summary.setMaxLength(2000);
        summary.setHelperText(getTranslation("contest.field.summary.help"));
        category.setLabel(getTranslation("contest.field.category"));
        category.setItemLabelGenerator(ContestSummary.Named::name);
        saveState.addClassName("save-state");
        saveState.getElement().setAttribute("aria-live", "polite");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(AUTOSAVE_MS);
        title.addValueChangeListener(e -> autosave());
        for (TextArea area : List.of(summary, problem, solution, impact, feasibility)) {
            area.addValueChangeListener(e -> autosave());
            area.setWidthFull();
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(AUTOSAVE_MS);
            area.setMinHeight("6rem");
        }
        category.addValueChangeListener(e -> autosave());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-idea");
        submit.addClickListener(e -> submitIdea());
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.setId("withdraw-idea");
        withdraw.addClickListener(e -> confirmWithdraw());
        team.addClassName("team-list");
        files.addClassName("attachment-list");
        // While a document is being read, look again every few seconds (a few hundred bytes each time).
        addAttachListener(attach -> {
            attach.getUI().setPollInterval(extractionPending ? POLL_MS : -1);
            com.vaadin.flow.shared.Registration polling = attach.getUI().addPollListener(poll -> {
                if (extractionPending && current != null) {
                    showFiles(filesEditable);
                }
            });
            addDetachListener(detach -> {
                polling.remove();
                detach.getUI().setPollInterval(-1);
                detach.unregisterListener();
            });
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        try {
            current = submissions.get(id.orElse(-1L));
        } catch (InvalidInputException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        contest = contestOf(current);
        build();
    }

    private void build() {
        SubmissionSummary s = Objects.requireNonNull(current);
        removeAll();
        loading = true;
        IdeaDraft idea = s.idea();
        title.setValue(idea.title());
        summary.setValue(idea.summary());
        problem.setValue(idea.problem());
        solution.setValue(idea.solution());
        impact.setValue(idea.impact());
        feasibility.setValue(idea.feasibility());
        List<ContestSummary.Named> categories = contest == null ? List.of() : contest.categories();
        category.setItems(categories);
        category.setValue(categories.stream().filter(c -> Objects.equals(c.id(), idea.categoryId())).findFirst()
                .orElse(null));
        members.clear();
        members.addAll(idea.team());
        loading = false;

        boolean editable = editable();
        header.removeAll();
        header.addClassName("submission-header");
        header.add(new H2(getTranslation("contest.idea")), Badges.status(this, s.status()));
        if (contest != null) {
            header.add(new Paragraph(contest.settings().title()));
            contest.rounds().stream().filter(r -> r.id() == s.roundId()).findFirst().ifPresent(r -> {
                Paragraph deadline = new Paragraph(getTranslation("contest.deadline", r.plan().name(),
                        DisplayFormats.dateTime(r.plan().submissionCloses(), getLocale())));
                deadline.addClassName("deadline");
                header.add(deadline);
            });
        }
        if (s.status() == SubmissionStatus.SUBMITTED) {
            header.add(new Anchor("receipt/" + s.code(), getTranslation("contest.receipt.open", s.code())));
        }
        add(header);

        FormLayout form = new FormLayout(title, category, summary, problem, solution, impact, feasibility);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        List.of(title, summary, problem, solution, impact, feasibility).forEach(f -> f.setReadOnly(!editable));
        category.setReadOnly(!editable);
        add(form);

        add(new H3(getTranslation("contest.team")));
        showTeam(editable);
        add(team);
        if (editable) {
            add(teamEditor());
        }

        add(new H3(getTranslation("contest.attachments")));
        showFiles(editable);
        add(files);
        if (editable) {
            add(upload());
        }

        List<SentRevision> history = submissions.history(s.id());
        if (!history.isEmpty()) {
            add(new H3(getTranslation("contest.history")));
            Div list = new Div();
            list.addClassName("revision-history");
            for (SentRevision revision : history) {
                Div body = new Div(new Paragraph(revision.idea().title()), new Paragraph(revision.idea().summary()),
                        new Paragraph(getTranslation("contest.attachments") + ": " + (revision.attachments().isEmpty()
                                ? getTranslation("contest.attachments.none")
                                : revision.attachments().stream().map(SentRevision.File::fileName)
                                        .collect(java.util.stream.Collectors.joining(", ")))));
                list.add(new com.vaadin.flow.component.details.Details(getTranslation("contest.history.item",
                        revision.revision(), DisplayFormats.dateTime(revision.sentAt(), getLocale())), body));
            }
            add(list);
        }

        Div actions = new Div();
        actions.addClassName("submission-actions");
        if (editable) {
            submit.setText(getTranslation(s.status() == SubmissionStatus.SUBMITTED ? "contest.resubmit" : "contest.submit"));
            actions.add(submit);
        }
        if (isOwner() && s.status() != SubmissionStatus.WITHDRAWN) {
            actions.add(withdraw);
        }
        saveState.setText(s.status() == SubmissionStatus.DRAFT && editable
                ? getTranslation("contest.autosave.on") : "");
        if (s.status() == SubmissionStatus.SUBMITTED && editable) {
            saveState.setText(getTranslation("contest.autosave.submitted"));
        }
        actions.add(saveState);
        add(actions);
    }

    /** The idea's contest, or none when organisers have since hidden it (the idea stays readable). */
    private @Nullable ContestSummary contestOf(SubmissionSummary submission) {
        try {
            return contests.get(submission.contestId());
        } catch (InvalidInputException hidden) {
            return null;
        }
    }

    private boolean isOwner() {
        return current != null && currentUser.accountId().map(id -> id == current.ownerAccountId()).orElse(false);
    }

    private boolean roundOpen() {
        if (current == null || contest == null) {
            return false;
        }
        long roundId = current.roundId();
        return contest.rounds().stream().anyMatch(r -> r.id() == roundId && r.openNow());
    }

    private boolean editable() {
        if (current == null || !isOwner()) {
            return false;
        }
        return current.status() == SubmissionStatus.DRAFT
                || (current.status() == SubmissionStatus.SUBMITTED && roundOpen());
    }

    private IdeaDraft draft() {
        ContestSummary.Named chosen = category.getValue();
        return new IdeaDraft(title.getValue(), summary.getValue(), problem.getValue(), solution.getValue(),
                impact.getValue(), feasibility.getValue(), chosen == null ? null : chosen.id(), members);
    }

    private void autosave() {
        if (loading || current == null || current.status() != SubmissionStatus.DRAFT || !isOwner()) {
            return;
        }
        try {
            current = submissions.save(current.id(), draft(), current.version());
            errors.clear();
            saveState.setText(getTranslation("contest.autosave.saved",
                    DisplayFormats.dateTime(current.updatedAt(), getLocale())));
        } catch (InvalidInputException e) {
            errors.show(e);
            saveState.setText(getTranslation("contest.autosave.failed"));
        }
    }

    private void submitIdea() {
        SubmissionSummary s = Objects.requireNonNull(current);
        try {
            current = submissions.submit(s.id(), draft(), s.version());
            FormErrors.success(this, "contest.submitted", current.code());
            getUI().ifPresent(ui -> ui.navigate("receipt/" + current.code()));
        } catch (InvalidInputException e) {
            errors.show(e);
            current = submissions.get(s.id());
            reloadStatus();
        }
    }

    /** After a refusal (deadline passed) the status and round may have changed; what was typed stays on screen. */
    private void reloadStatus() {
        SubmissionSummary s = Objects.requireNonNull(current);
        ContestSummary fresh = contestOf(s);
        contest = fresh == null ? contest : fresh;
        saveState.setText(s.status() == SubmissionStatus.DRAFT ? getTranslation("contest.autosave.kept") : "");
        submit.setEnabled(roundOpen());
    }

    private void confirmWithdraw() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("contest.withdraw"),
                getTranslation("contest.withdraw.confirm"), getTranslation("contest.withdraw"), e -> {
                    current = submissions.withdraw(Objects.requireNonNull(current).id());
                    FormErrors.success(this, "contest.withdrawn");
                    build();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void showTeam(boolean editable) {
        team.removeAll();
        if (members.isEmpty()) {
            team.add(new Span(getTranslation("contest.team.alone")));
        }
        for (TeamMember member : List.copyOf(members)) {
            Div line = new Div(new Span(member.fullName()));
            line.addClassName("team-member");
            if (member.accountId() != null) {
                line.add(Badges.badge(getTranslation("contest.team.registered"), "badge success small"));
            }
            if (editable) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    members.remove(member);
                    showTeam(true);
                    autosave();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(getTranslation("action.delete") + " " + member.fullName());
                line.add(remove);
            }
            team.add(line);
        }
    }

    private Div teamEditor() {
        TextField contact = new TextField(getTranslation("contest.team.byContact"));
        contact.setHelperText(getTranslation("contest.team.byContact.help"));
        Button addAccount = new Button(getTranslation("contest.team.add"), e -> {
            Optional<PersonName> found = accounts.lookUp(contact.getValue());
            if (found.isEmpty()) {
                contact.setErrorMessage(getTranslation("contest.team.notFound"));
                contact.setInvalid(true);
                return;
            }
            contact.setInvalid(false);
            contact.clear();
            if (members.stream().noneMatch(m -> Objects.equals(m.accountId(), found.get().accountId()))) {
                addMember(new TeamMember(found.get().accountId(), found.get().fullName()));
            }
        });
        addAccount.setId("add-team-account");
        TextField name = new TextField(getTranslation("contest.team.byName"));
        Button addName = new Button(getTranslation("contest.team.add"), e -> {
            if (name.getValue().isBlank()) {
                return;
            }
            addMember(new TeamMember(null, name.getValue().strip()));
            name.clear();
        });
        addName.setId("add-team-name");
        Div byContact = new Div(contact, addAccount);
        Div byName = new Div(name, addName);
        byContact.addClassName("inline-form");
        byName.addClassName("inline-form");
        Div editor = new Div(byContact, byName);
        editor.addClassName("team-editor");
        return editor;
    }

    private void addMember(TeamMember member) {
        members.add(member);
        try {
            if (current != null && current.status() == SubmissionStatus.DRAFT) {
                current = submissions.save(current.id(), draft(), current.version());
            }
        } catch (InvalidInputException e) {
            members.remove(member);
            errors.show(e);
        }
        showTeam(true);
    }

    private void showFiles(boolean editable) {
        files.removeAll();
        filesEditable = editable;
        List<AttachmentSummary> list = attachments.of(Objects.requireNonNull(current).id());
        extractionPending = list.stream().anyMatch(f -> f.extraction().status() == ExtractionStatus.PENDING);
        getUI().ifPresent(ui -> ui.setPollInterval(extractionPending ? POLL_MS : -1));
        if (list.isEmpty()) {
            files.add(new Span(getTranslation("contest.attachments.none")));
        }
        for (AttachmentSummary file : list) {
            Div line = Badges.attachment(this, getLocale(), file);
            if (editable) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    try {
                        attachments.remove(file.id());
                        showFiles(true);
                    } catch (InvalidInputException ex) {
                        errors.show(ex);
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("action.delete") + " " + file.fileName());
                line.add(remove);
            }
            files.add(line);
        }
    }

    private Div upload() {
        long submissionId = Objects.requireNonNull(current).id();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try {
                attachments.attach(submissionId, metadata.fileName(), file.toPath());
                FormErrors.success(this, "contest.attachments.added", metadata.fileName());
            } catch (InvalidInputException e) {
                errors.show(e);
            } finally {
                Files.deleteIfExists(file.toPath());
            }
            showFiles(true);
        }));
        UploadTexts.translate(upload);
        int maxMb = contest == null ? 20 : contest.settings().maxAttachmentMb();
        upload.setMaxFileSize(maxMb * 1024 * 1024);
        upload.setMaxFiles(contest == null ? 5 : Math.max(1, contest.settings().maxAttachments()));
        upload.setAcceptedFileTypes(java.util.stream.Stream.concat(java.util.Arrays.stream(DocumentType.values())
                .map(t -> "." + t.extension()), java.util.stream.Stream.of(".jpeg")).toArray(String[]::new));
        upload.addFileRejectedListener(e -> errors.show(InvalidInputException.of("file", "contest.attachments.rejected",
                e.getFileName(), e.getErrorMessage())));
        upload.setId("attachment-upload");
        Paragraph help = new Paragraph(getTranslation("contest.attachments.help", DocumentType.allowedExtensions(),
                maxMb));
        help.addClassName("muted");
        Div box = new Div(upload, help);
        box.addClassName("attachment-upload");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.idea");
    }
}
