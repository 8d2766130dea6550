package vn.tuoitreso.contest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A round with its submission window and, later, its review window. */
public record RoundDraft(String name, Instant submissionOpens, Instant submissionCloses, @Nullable Instant reviewOpens,
        @Nullable Instant reviewCloses) {
}
