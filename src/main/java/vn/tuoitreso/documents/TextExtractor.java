package vn.tuoitreso.documents;

import java.nio.file.Path;

/** Extracts the text of an uploaded file; implementations check its type first and never throw for bad input. */
public interface TextExtractor {

    ExtractionResult extract(Path file, ExtractionLimits limits);
}
