package vn.tuoitreso.search;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds of one idea: its latest sent revision with the text extracted from its files. Team members'
 * names ({@link #authors}) are kept apart from the text so that blind searches never match or show them.
 */
public record IndexedIdea(long submissionId, long contestId, String contestName, long roundId, String roundName,
        @Nullable Long categoryId, @Nullable String categoryName, @Nullable Long unitId, @Nullable String unitName,
        String status, Instant sentAt, String title, String summary, String problem, String solution,
        List<String> authors, List<AttachmentText> attachments) {

    public IndexedIdea {
        authors = List.copyOf(authors);
        attachments = List.copyOf(attachments);
    }

    /** The text read from one attached file. */
    public record AttachmentText(String fileName, String text) {
    }
}
