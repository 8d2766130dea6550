package vn.tuoitreso.search;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An idea found. In blind searches {@code authors} is empty and {@code unitName} null.
 * Snippets are plain text with the matched words between {@link Snippet#MARK_START} and {@link Snippet#MARK_END},
 * so a view escapes the text and then marks it.
 */
public record SearchHit(long submissionId, long contestId, String title, String status, Instant sentAt, double score,
        List<String> authors, @Nullable String unitName, List<Snippet> snippets) {

    public SearchHit {
        authors = List.copyOf(authors);
        snippets = List.copyOf(snippets);
    }

    /** A passage that matched: the field it came from, the file's name when it came from an attachment. */
    public record Snippet(String field, @Nullable String fileName, String text) {
        public static final char MARK_START = '\u0002';
        public static final char MARK_END = '\u0003';
    }
}
