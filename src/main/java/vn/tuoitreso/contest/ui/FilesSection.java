package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.shared.Registration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.AttachmentSummary;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.ReadingStatus;
import vn.tuoitreso.documents.DocumentType;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.Icons;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.UploadTexts;

/**
 * The idea's files, each with where the reading of its text stands, and, for the owner, the upload. While a
 * document is being read the page looks again every few seconds (a few hundred bytes each time).
 */
class FilesSection extends Div {

    private static final int POLL_MS = 3000;
    private static final long MB = 1024L * 1024L;

    final Div list = new Div();
    final Upload upload = new Upload(UploadHandler.toTempFile(this::received));
    final Paragraph help = new Paragraph();
    final Paragraph nextRevision = new Paragraph(getTranslation("contest.attachments.nextRevision"));
    /** Files refused since the page showed this idea, each with its name and why, where the upload is. */
    final Div refusals = new Div();

    private final Div uploadBox;
    private final Attachments attachments;
    private long submissionId = -1;
    private boolean editable;
    private boolean reading;
    private @Nullable Registration polling;

    FilesSection(Attachments attachments) {
        this.attachments = attachments;
        setWidthFull();
        list.addClassName("attachment-list");
        UploadTexts.translate(upload);
        upload.setId("attachment-upload");
        upload.setAcceptedFileTypes(Stream.concat(Arrays.stream(DocumentType.values()).map(t -> "." + t.extension()),
                Stream.of(".jpeg")).toArray(String[]::new));
        // refused in the browser, before sending: the size is known there, and said with the limit
        upload.getElement().addEventListener("file-reject", e -> refusedInBrowser(
                e.getEventData().get("event.detail.file.name").asString(),
                e.getEventData().get("event.detail.file.size").asLong(),
                e.getEventData().get("event.detail.error").asString()))
                .addEventData("event.detail.file.name").addEventData("event.detail.file.size")
                .addEventData("event.detail.error");
        // Vaadin's list would keep a tick on a file the server refused: the files are listed above, the refused below
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.getElement().addEventListener("upload-start",
                e -> forget(e.getEventData().get("event.detail.file.name").asString()))
                .addEventData("event.detail.file.name");
        refusals.addClassName("attachment-refusals");
        refusals.getElement().setAttribute("aria-live", "polite");
        help.addClassName("muted");
        nextRevision.addClassName("muted");
        uploadBox = new Div(upload, refusals, help, nextRevision);
        uploadBox.addClassName("attachment-upload");
        add(new H3(getTranslation("contest.attachments")), list, uploadBox);
        addAttachListener(e -> startPolling(e.getUI()));
        addDetachListener(e -> stopPolling(e.getUI()));
    }

    /**
     * Shows the files of this idea; the owner of an idea still open may add and remove them.
     *
     * @param submitted whether the idea was sent: then changes go with the next revision
     */
    void show(long submissionId, boolean editable, boolean submitted, @Nullable ContestSummary contest) {
        this.submissionId = submissionId;
        this.editable = editable;
        int maxMb = contest == null ? 20 : contest.settings().maxAttachmentMb();
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxMb * MB));
        upload.setMaxFiles(contest == null ? 5 : Math.max(1, contest.settings().maxAttachments()));
        upload.clearFileList();
        refusals.removeAll();
        help.setText(getTranslation("contest.attachments.help", DocumentType.allowedExtensions(), maxMb));
        nextRevision.setVisible(submitted);
        uploadBox.setVisible(editable);
        refresh();
    }

    /** Reads the files again. */
    void refresh() {
        list.removeAll();
        List<AttachmentSummary> files = attachments.of(submissionId);
        reading = files.stream().anyMatch(f -> f.reading().status() == ReadingStatus.PENDING);
        getUI().ifPresent(ui -> ui.setPollInterval(reading ? POLL_MS : -1));
        if (files.isEmpty()) {
            list.add(new Span(getTranslation("contest.attachments.none")));
        }
        for (AttachmentSummary file : files) {
            Div line = Badges.attachment(this, getLocale(), file);
            if (editable) {
                Button remove = new Button(Icons.TRASH.create());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("action.delete") + " " + file.fileName());
                ChangeButtons.onClick(remove, () -> remove(file));
                line.add(remove);
            }
            list.add(line);
        }
    }

    private void remove(AttachmentSummary file) {
        try {
            attachments.remove(file.id());
        } catch (InvalidInputException e) {
            new FormErrors(this).show(e);
        }
        refresh();
    }

    /** Runs with the UI locked, once the upload is whole in a temporary file. */
    private void received(UploadMetadata metadata, File file) throws IOException {
        try {
            attachments.attach(submissionId, metadata.fileName(), file.toPath());
            forget(metadata.fileName());
            FormErrors.success(this, "contest.attachments.added", metadata.fileName());
        } catch (InvalidInputException e) {
            refused(metadata.fileName(), e.problems().stream()
                    .map(p -> getTranslation(p.messageKey(), p.argsArray())).collect(Collectors.joining(" ")));
        } finally {
            Files.deleteIfExists(file.toPath());
        }
        refresh();
    }

    /** A file the browser would not send: too big for the contest's limit, or of a type not accepted. */
    void refusedInBrowser(String fileName, long sizeBytes, String error) {
        if (error.equals(getTranslation("upload.tooBig"))) {
            refused(fileName, getTranslation("contest.attachments.refusedTooBig", megabytes(sizeBytes),
                    upload.getMaxFileSize() / MB));
        } else if (error.equals(getTranslation("upload.wrongType"))) {
            refused(fileName, getTranslation("contest.attachments.refusedType", DocumentType.allowedExtensions()));
        } else {
            refused(fileName, error);
        }
    }

    private void refused(String fileName, String reason) {
        forget(fileName);
        Span name = new Span(fileName);
        name.addClassName("refused-name");
        Span why = new Span(reason);
        why.addClassName("refused-reason");
        Div line = new Div(Icons.BAN.create(), name, why);
        line.addClassName("attachment-refused");
        line.getElement().setAttribute("data-file", fileName);
        refusals.add(line);
    }

    /** Takes a file's refusal away when it is sent again. */
    private void forget(String fileName) {
        refusals.getChildren().filter(line -> fileName.equals(line.getElement().getAttribute("data-file")))
                .toList().forEach(refusals::remove);
    }

    /** Whole megabytes, rounded up, so that a file just over the limit does not read as equal to it. */
    private static long megabytes(long bytes) {
        return (bytes + MB - 1) / MB;
    }

    private void startPolling(UI ui) {
        ui.setPollInterval(reading ? POLL_MS : -1);
        polling = ui.addPollListener(poll -> {
            if (reading) {
                refresh();
            }
        });
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        ui.setPollInterval(-1);
    }
}
