package vn.tuoitreso.contest;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import vn.tuoitreso.contest.submission.Attachment;
import vn.tuoitreso.contest.submission.AttachmentRepository;
import vn.tuoitreso.contest.submission.Revision;
import vn.tuoitreso.contest.submission.RevisionRepository;
import vn.tuoitreso.contest.submission.Submission;

/**
 * The revisions contestants sent, frozen as JSON with the files attached at that moment. Organisers, judges,
 * exports and receipts read these, never the row the contestant keeps working on.
 */
@Component
class SentRevisions {

    private final RevisionRepository revisions;
    private final AttachmentRepository attachments;
    private final ObjectMapper json;

    SentRevisions(RevisionRepository revisions, AttachmentRepository attachments, ObjectMapper json) {
        this.revisions = revisions;
        this.attachments = attachments;
        this.json = json;
    }

    /** What a revision keeps (as JSON): the idea and the files attached when it was sent. */
    record Snapshot(IdeaDraft idea, List<SentRevision.File> attachments) {
        SentRevision at(int revision, Instant sentAt) {
            return new SentRevision(revision, sentAt, idea, attachments == null ? List.of() : attachments);
        }
    }

    /** Freezes this idea and these files as the submission's revision number {@code revision}. */
    SentRevision freeze(long submissionId, int revision, IdeaDraft idea, List<Attachment> files, Instant now) {
        Snapshot snapshot = new Snapshot(idea, files.stream()
                .map(f -> new SentRevision.File(f.id(), f.fileName(), f.sha256(), f.sizeBytes())).toList());
        revisions.save(new Revision(submissionId, revision, json.writeValueAsString(snapshot), now));
        return snapshot.at(revision, now);
    }

    /** The revision the submission sent last, if it was ever sent. */
    Optional<SentRevision> latest(Submission submission) {
        if (submission.revision() == 0) {
            return Optional.empty();
        }
        return revisions.findById(new Revision.Key(submission.id(), submission.revision())).map(this::read);
    }

    /** The revision each of these submissions sent last, by submission ID; drafts never sent are absent. */
    Map<Long, SentRevision> latest(Collection<Submission> submissions) {
        List<Long> sent = submissions.stream().filter(s -> s.revision() > 0).map(Submission::id).toList();
        if (sent.isEmpty()) {
            return Map.of();
        }
        return revisions.findLatestOf(sent).stream()
                .collect(Collectors.toMap(Revision::submissionId, this::read));
    }

    /** Every revision sent, newest first. */
    List<SentRevision> all(long submissionId) {
        return revisions.findByKeySubmissionIdOrderByKeyRevisionAsc(submissionId).stream().map(this::read)
                .sorted(Comparator.comparingInt(SentRevision::revision).reversed()).toList();
    }

    /** Every revision sent, oldest first, as the JSON that was stored. */
    List<String> json(long submissionId) {
        return revisions.findByKeySubmissionIdOrderByKeyRevisionAsc(submissionId).stream().map(Revision::snapshot)
                .toList();
    }

    /** The files a revision names, in its order; removed ones included, since their rows and bytes are kept. */
    List<Attachment> files(SentRevision revision) {
        Map<Long, Attachment> byId = attachments.findAllById(revision.attachments().stream()
                .map(SentRevision.File::id).toList()).stream()
                .collect(Collectors.toMap(Attachment::id, Function.identity()));
        return revision.attachments().stream().map(f -> byId.get(f.id())).filter(Objects::nonNull).toList();
    }

    private SentRevision read(Revision revision) {
        return json.readValue(revision.snapshot(), Snapshot.class).at(revision.revision(), revision.createdAt());
    }
}
