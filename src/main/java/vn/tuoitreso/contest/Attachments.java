package vn.tuoitreso.contest;

import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.storage.FileStorage;
import vn.tuoitreso.contest.storage.FileTooLargeException;
import vn.tuoitreso.contest.storage.StoredFile;
import vn.tuoitreso.contest.submission.Attachment;
import vn.tuoitreso.contest.submission.AttachmentRepository;
import vn.tuoitreso.contest.submission.Contest;
import vn.tuoitreso.contest.submission.ContestRepository;
import vn.tuoitreso.contest.submission.RoundRepository;
import vn.tuoitreso.contest.submission.Submission;
import vn.tuoitreso.documents.Detection;
import vn.tuoitreso.documents.DocumentType;
import vn.tuoitreso.documents.ExtractionLimits;
import vn.tuoitreso.documents.ExtractionOutcome;
import vn.tuoitreso.documents.Extractions;
import vn.tuoitreso.documents.SafeFileNames;
import vn.tuoitreso.documents.Pictures;
import vn.tuoitreso.documents.TypeCheck;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * Files attached to ideas. Every limit and the file's real type are checked before anything is kept; the
 * bytes are stored whole or not at all, then their text is extracted in the background.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Attachments {

    private final AttachmentRepository attachments;
    private final ContestRepository contests;
    private final RoundRepository rounds;
    private final SubmissionAccess access;
    private final FileStorage storage;
    private final Extractions extractions;
    private final ExtractionLimits limits;
    private final CurrentUser currentUser;
    private final SentRevisions sent;
    private final Clock clock;

    Attachments(AttachmentRepository attachments, ContestRepository contests, RoundRepository rounds,
            SubmissionAccess access, FileStorage storage, Extractions extractions, ExtractionLimits limits,
            CurrentUser currentUser, SentRevisions sent, Clock clock) {
        this.attachments = attachments;
        this.contests = contests;
        this.rounds = rounds;
        this.access = access;
        this.storage = storage;
        this.extractions = extractions;
        this.limits = limits;
        this.currentUser = currentUser;
        this.sent = sent;
        this.clock = clock;
    }

    /**
     * Attaches an uploaded file (a temporary file the caller deletes afterwards) to the owner's idea. On a
     * submitted idea it is sent with the next revision: until then organisers and the receipt do not see it.
     *
     * @param fileName the name the browser sent; it is cleaned before it is kept or shown
     */
    @Transactional
    public AttachmentSummary attach(long submissionId, String fileName, Path upload) {
        Submission submission = access.owned(submissionId);
        submission.checkEditable(rounds.findById(submission.roundId()).orElseThrow(), clock.instant());
        Contest contest = contests.findById(submission.contestId()).orElseThrow();
        long size = size(upload);
        if (attachments.findBySubmissionIdAndRemovedAtIsNullOrderByIdAsc(submissionId).size()
                >= contest.maxAttachments()) {
            throw InvalidInputException.of("file", "contest.attachment.tooMany", contest.maxAttachments());
        }
        if (attachments.totalBytesOf(submission.ownerAccountId(), contest.id()) + size > contest.maxTotalBytes()) {
            throw InvalidInputException.of("file", "contest.attachment.totalTooLarge", contest.maxTotalBytes() / MB);
        }
        long maxBytes = Math.min(contest.maxAttachmentBytes(), limits.maxFileBytes());
        Detection detection = TypeCheck.check(upload, limits.withMaxFileBytes(maxBytes));
        if (detection instanceof Detection.Refused refused) {
            throw InvalidInputException.of("file", refused.reasonKey(), refused.args().toArray());
        }
        DocumentType type = ((Detection.Accepted) detection).type();
        StoredFile stored = type == DocumentType.JPEG || type == DocumentType.PNG
                ? storePicture(upload, type, maxBytes) : store(upload, maxBytes);
        Attachment attachment = attachments.save(new Attachment(submissionId,
                SafeFileNames.clean(fileName, type), type, stored.sha256(), stored.size(),
                currentUser.requireAccountId(), clock.instant()));
        ExtractionOutcome extraction = extractions.request(attachment.reference(), storage.path(stored.sha256()));
        submission.filesChanged(clock.instant());
        return summary(attachment, extraction, false);
    }

    /** Removes a file; from a submitted idea, with the next revision sent (the revisions sent keep naming it). */
    @Transactional
    public void remove(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId).filter(a -> !a.removed())
                .orElseThrow(SubmissionAccess::notFound);
        Submission submission = access.owned(attachment.submissionId());
        submission.checkEditable(rounds.findById(submission.roundId()).orElseThrow(), clock.instant());
        attachment.remove(clock.instant());
        submission.filesChanged(clock.instant());
    }

    /**
     * The files of an idea, for those who may read it: its owner and team see the files attached now; organisers
     * and judges the files of the revision last sent (of a draft never sent, those attached now).
     */
    @Transactional(readOnly = true)
    public List<AttachmentSummary> of(long submissionId) {
        Submission submission = access.readable(submissionId);
        Optional<SentRevision> latest = access.worksOn(submission) ? Optional.empty() : sent.latest(submission);
        List<Attachment> files = latest.map(sent::files)
                .orElseGet(() -> attachments.findBySubmissionIdAndRemovedAtIsNullOrderByIdAsc(submissionId));
        return summaries(files, extractions, access.blindFor(submission));
    }

    /**
     * The bytes, checked on the download itself: owner, team, assigned judges and organisers only. A judge under
     * blind review gets only files that carry nothing beyond what they show ({@link DocumentType#metadataFree()}):
     * a PDF's or an office document's metadata can name its author. They read those through the server instead
     * ({@link #readOnServer}).
     */
    @Transactional(readOnly = true)
    public AttachmentFile download(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId).orElseThrow(SubmissionAccess::notFound);
        Submission submission = access.readable(attachment.submissionId());
        boolean blind = access.blindFor(submission);
        if (blind && !attachment.type().metadataFree()) {
            throw SubmissionAccess.notFound();
        }
        return file(attachment, blind);
    }

    /**
     * The bytes for the server to read, e.g. to render a PDF's pages as pictures, for anyone who may read the idea.
     * Never to be handed out as a file: for a judge under blind review they may still name the authors.
     */
    @Transactional(readOnly = true)
    public AttachmentFile readOnServer(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId).orElseThrow(SubmissionAccess::notFound);
        return file(attachment, access.blindFor(access.readable(attachment.submissionId())));
    }

    private AttachmentFile file(Attachment attachment, boolean blind) {
        String sha256 = attachment.sha256();
        return new AttachmentFile(blind ? neutralName(attachment) : attachment.fileName(), attachment.mediaType(),
                attachment.sizeBytes(), () -> storage.open(sha256));
    }

    /** Extracts the text again (organisers), e.g. after the worker failed. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AttachmentSummary retryExtraction(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId).orElseThrow(SubmissionAccess::notFound);
        ExtractionOutcome outcome = extractions.retry(attachment.reference());
        return summary(attachment, outcome, false);
    }

    private static final long MB = 1024L * 1024L;

    /** A photo is kept without its metadata (where it was taken); the SHA-256 is of the bytes kept. */
    private StoredFile storePicture(Path upload, DocumentType type, long maxBytes) {
        Path stripped = null;
        try {
            stripped = Files.createTempFile("tuoitreso-picture-", ".tmp");
            try (InputStream in = Files.newInputStream(upload);
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(stripped))) {
                Pictures.strip(new BufferedInputStream(in), out, type);
            } catch (IOException broken) {
                throw InvalidInputException.of("file", TypeCheck.TYPE, DocumentType.allowedExtensions());
            }
            return store(stripped, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (stripped != null) {
                try {
                    Files.deleteIfExists(stripped);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** "tep-12.pdf": the type of the file and nothing of who sent it (contestants often put their name in it). */
    static String neutralName(Attachment attachment) {
        return neutralName(attachment.id(), attachment.fileName());
    }

    static String neutralName(long attachmentId, String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        return "tep-" + attachmentId + (extension.isEmpty() || extension.length() > 5 ? "" : "." + extension);
    }

    private StoredFile store(Path upload, long maxBytes) {
        try (InputStream in = Files.newInputStream(upload)) {
            return storage.store(in, maxBytes);
        } catch (FileTooLargeException e) {
            throw InvalidInputException.of("file", TypeCheck.TOO_LARGE, maxBytes / MB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path upload) {
        try {
            return Files.size(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * These files with where the extraction of each stands; for a judge under blind review under neutral names,
     * and downloadable only when they carry no metadata (see {@link #download}).
     */
    static List<AttachmentSummary> summaries(List<Attachment> files, Extractions extractions, boolean blind) {
        Map<String, ExtractionOutcome> outcomes = extractions.outcomes(files.stream().map(Attachment::reference)
                .toList());
        return files.stream().map(a -> summary(a, outcomes.getOrDefault(a.reference(),
                ExtractionOutcome.pending(a.reference())), blind)).toList();
    }

    static AttachmentSummary summary(Attachment a, ExtractionOutcome extraction, boolean blind) {
        return new AttachmentSummary(a.id(), a.submissionId(), blind ? neutralName(a) : a.fileName(), a.mediaType(),
                a.sizeBytes(), a.sha256(), a.uploadedAt(), reading(extraction), !blind || a.type().metadataFree());
    }

    /** The documents module's outcome in the contest's own words. */
    private static AttachmentSummary.Reading reading(ExtractionOutcome extraction) {
        ReadingStatus status = switch (extraction.status()) {
            case PENDING -> ReadingStatus.PENDING;
            case EXTRACTED -> extraction.reasonKey() == null ? ReadingStatus.READ : ReadingStatus.PARTIAL;
            case FAILED -> ReadingStatus.FAILED;
            case UNSUPPORTED -> ReadingStatus.NO_TEXT;
        };
        return new AttachmentSummary.Reading(status, extraction.reasonKey(), extraction.reasonArgs(),
                extraction.attempts());
    }
}
