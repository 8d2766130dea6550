package vn.tuoitreso.contest;

import java.time.Instant;
import java.util.List;

/** A revision as it was sent: the idea and the files attached at that moment. */
public record SentRevision(int revision, Instant sentAt, IdeaDraft idea, List<File> attachments) {

    public SentRevision {
        attachments = List.copyOf(attachments);
    }

    /** A file as it was attached to the revision. */
    public record File(long id, String fileName, String sha256, long sizeBytes) {
    }
}
