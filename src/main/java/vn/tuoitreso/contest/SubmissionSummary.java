package vn.tuoitreso.contest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A submission as its reader may see it: its owner and team see the copy they work on, organisers and judges
 * the revision last sent (a draft never sent, as it stands).
 *
 * @param revision    the number of the revision last sent (0: never sent)
 * @param submittedAt when that revision was sent
 * @param version     the version this was read at, which a save or a new revision sends back
 */
public record SubmissionSummary(long id, String code, long contestId, long roundId, @Nullable Long categoryId,
        long ownerAccountId, SubmissionStatus status, IdeaDraft idea, int revision, @Nullable Instant submittedAt,
        Instant updatedAt, long version) {
}
