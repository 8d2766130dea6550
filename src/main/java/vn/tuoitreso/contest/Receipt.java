package vn.tuoitreso.contest;

import java.time.Instant;
import java.util.List;

/**
 * What a contestant keeps as proof of a submission: its code, and the revision last sent (its text, files and
 * the moment it was sent), never changes not yet sent.
 */
public record Receipt(long submissionId, String code, String contestTitle, String roundName, String categoryName,
        String title, List<String> team, int revision, Instant sentAt, List<AttachmentSummary> attachments,
        String checkUrl) {

    public Receipt {
        team = List.copyOf(team);
        attachments = List.copyOf(attachments);
    }
}
