package vn.tuoitreso.documents;

/** Where the text extraction of an uploaded file stands. */
public enum ExtractionStatus {
    /** Waiting for the worker (or being parsed now). */
    PENDING,
    /** The text is stored; with a reason ({@code documents.partial.*}) when only part of the document was read. */
    EXTRACTED,
    /** No text, with a reason: timeout, memory, encrypted, corrupt, bomb, nested, worker. */
    FAILED,
    /** An accepted file with no text to extract (a picture). */
    UNSUPPORTED
}
