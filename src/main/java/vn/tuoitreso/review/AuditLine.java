package vn.tuoitreso.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change to a judge's work: who, when, what, old → new. */
public record AuditLine(String who, Instant at, String what, @Nullable String oldValue, @Nullable String newValue) {
}
