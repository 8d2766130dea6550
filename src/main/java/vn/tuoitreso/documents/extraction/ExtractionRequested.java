package vn.tuoitreso.documents.extraction;

/** A file waits for the worker. */
public record ExtractionRequested(String reference) {
}
