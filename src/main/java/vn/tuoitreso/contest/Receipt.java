package vn.tuoitreso.contest;

import java.time.Instant;
import java.util.List;

/** What a contestant keeps as proof of a submission: its code, what was sent and when. */
public record Receipt(long submissionId, String code, String contestTitle, String roundName, String categoryName,
        String title, List<String> team, int revision, Instant submittedAt, List<AttachmentSummary> attachments,
        String checkUrl) {

    public Receipt {
        team = List.copyOf(team);
        attachments = List.copyOf(attachments);
    }
}
