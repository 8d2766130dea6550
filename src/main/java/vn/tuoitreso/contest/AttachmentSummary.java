package vn.tuoitreso.contest;

import java.time.Instant;
import vn.tuoitreso.documents.DocumentType;
import vn.tuoitreso.documents.ExtractionOutcome;

/** A file attached to a submission, with where its text extraction stands. */
public record AttachmentSummary(long id, long submissionId, String fileName, DocumentType type, long sizeBytes,
        String sha256, Instant uploadedAt, ExtractionOutcome extraction) {

    /** The address that downloads it; the download itself checks who asks. */
    public String downloadPath() {
        return "/files/attachments/" + id;
    }
}
