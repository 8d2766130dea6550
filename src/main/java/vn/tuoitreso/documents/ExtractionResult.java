package vn.tuoitreso.documents;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The outcome of {@link TextExtractor#extract}. */
public sealed interface ExtractionResult {

    /**
     * The text; {@code truncated} when it was cut at the character limit (not an error); {@code partialKey} says
     * why only part of the document could be read ({@code documents.partial.*}), null when all of it was.
     */
    record Extracted(String text, boolean truncated, DocumentType type, @Nullable String partialKey)
            implements ExtractionResult {

        public Extracted(String text, boolean truncated, DocumentType type) {
            this(text, truncated, type, null);
        }
    }

    /**
     * No text: {@code documents.refused.*} (see {@link Detection.Refused}) or {@code documents.failed.timeout},
     * {@code .memory}, {@code .encrypted}, {@code .corrupt}, {@code .bomb}, {@code .nested}, {@code .worker}.
     */
    record Failed(String reasonKey, List<Object> args) implements ExtractionResult {
        public Failed {
            args = List.copyOf(args);
        }

        public Failed(String reasonKey) {
            this(reasonKey, List.of());
        }
    }

    /** An accepted file with no text to extract, e.g. {@code documents.unsupported.image}. */
    record Unsupported(String reasonKey) implements ExtractionResult {
    }
}
