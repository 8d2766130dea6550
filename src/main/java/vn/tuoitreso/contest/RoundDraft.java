package vn.tuoitreso.contest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A round with its submission window and, later, its review window.
 *
 * @param version the round's version when this plan was read; a change from an older version is refused
 *                ({@link StaleEditException}). Ignored when a round is added.
 */
public record RoundDraft(String name, Instant submissionOpens, Instant submissionCloses, @Nullable Instant reviewOpens,
        @Nullable Instant reviewCloses, long version) {

    /** The plan of a new round. */
    public RoundDraft(String name, Instant submissionOpens, Instant submissionCloses, @Nullable Instant reviewOpens,
            @Nullable Instant reviewCloses) {
        this(name, submissionOpens, submissionCloses, reviewOpens, reviewCloses, 0);
    }
}
