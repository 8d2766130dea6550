package vn.tuoitreso.contest;

import org.jspecify.annotations.Nullable;

/** Organisers' filters on a contest's submissions; a null filter takes everything. Units include their sub-units. */
public record SubmissionFilter(long contestId, @Nullable Long roundId, @Nullable Long categoryId,
        @Nullable Long unitId, @Nullable SubmissionStatus status) {

    public static SubmissionFilter all(long contestId) {
        return new SubmissionFilter(contestId, null, null, null, null);
    }
}
