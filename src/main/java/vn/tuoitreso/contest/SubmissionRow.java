package vn.tuoitreso.contest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the organisers' list of submissions. */
public record SubmissionRow(long id, String code, String title, String categoryName, String roundName,
        String unitName, String ownerName, String teamNames, SubmissionStatus status, int revision,
        @Nullable Instant submittedAt, Instant updatedAt, int attachments) {
}
