package vn.tuoitreso.documents;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of one file's extraction, without its text.
 *
 * @param reference the owner's name for the file, e.g. {@code contest-attachment:42}
 * @param reasonKey i18n key of why there is no text ({@code documents.failed.*}, {@code documents.unsupported.*}),
 *                  or of why only part of it was read ({@code documents.partial.*})
 * @param reasonArgs arguments of that message
 * @param characters length of the stored text
 * @param truncated whether the text was cut at the character limit
 */
public record ExtractionOutcome(String reference, ExtractionStatus status, @Nullable String reasonKey,
        List<Object> reasonArgs, int characters, boolean truncated, int attempts, @Nullable Instant finishedAt) {

    public ExtractionOutcome {
        reasonArgs = List.copyOf(reasonArgs);
    }

    public static ExtractionOutcome pending(String reference) {
        return new ExtractionOutcome(reference, ExtractionStatus.PENDING, null, List.of(), 0, false, 0, null);
    }
}
