package vn.tuoitreso.contest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A submission as its owner and organisers list it. */
public record SubmissionSummary(long id, String code, long contestId, long roundId, @Nullable Long categoryId,
        long ownerAccountId, SubmissionStatus status, IdeaDraft idea, int revision, @Nullable Instant submittedAt,
        Instant updatedAt) {
}
