package vn.tuoitreso.documents;

/** A file's extraction finished: its text is stored, or the reason there is none. */
public record AttachmentTextExtracted(String reference, ExtractionStatus status) {
}
