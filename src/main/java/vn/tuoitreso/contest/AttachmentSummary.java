package vn.tuoitreso.contest;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a submission, with where the reading of its text stands.
 *
 * @param mediaType    the type found in the file's content, e.g. {@code application/pdf}
 * @param downloadable whether the caller may download the file itself: a judge under blind review may not when its
 *                     metadata could name its authors (PDF, office documents); they read it through the server
 */
public record AttachmentSummary(long id, long submissionId, String fileName, String mediaType, long sizeBytes,
        String sha256, Instant uploadedAt, Reading reading, boolean downloadable) {

    /** The address that downloads it; the download itself checks who asks. */
    public String downloadPath() {
        return "/files/attachments/" + id;
    }

    /**
     * Where the reading of a file's text stands.
     *
     * @param reasonKey i18n key of why there is no text, with its arguments
     * @param attempts how many times the file was read
     */
    public record Reading(ReadingStatus status, @Nullable String reasonKey, List<Object> reasonArgs, int attempts) {

        public Reading {
            reasonArgs = List.copyOf(reasonArgs);
        }
    }
}
