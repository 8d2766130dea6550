package vn.tuoitreso.contest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A submission as it was last sent, with the names around it (contest, round, category, unit) and the people on
 * it (owner and team), for the platform's own indexes. Files are named by their extraction reference in the
 * documents module.
 */
public record SentIdea(long submissionId, long contestId, String contestTitle, long roundId, String roundName,
        @Nullable Long categoryId, @Nullable String categoryName, @Nullable Long unitId, @Nullable String unitName,
        SubmissionStatus status, SentRevision revision, List<String> people, List<File> files) {

    public SentIdea {
        people = List.copyOf(people);
        files = List.copyOf(files);
    }

    /** A file of the revision and the reference its extracted text is kept under. */
    public record File(String fileName, String reference) {
    }
}
