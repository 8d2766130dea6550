package vn.tuoitreso.documents;

import java.time.Duration;

/**
 * Hard limits for checking and extracting one document.
 *
 * @param maxFileBytes largest accepted file
 * @param timeout longest time the worker may parse one document
 * @param maxCharacters extracted characters kept; more is cut off and reported as truncated
 * @param maxEmbeddedDepth deepest nesting of embedded documents (a document in a document is depth 1)
 * @param maxEmbeddedDocuments most embedded documents (images, attachments, archive entries) in one file
 * @param maxUnpackedBytes most bytes a ZIP-based document may decompress to
 * @param maxZipEntries most entries in a ZIP-based document
 * @param workerHeapMb the worker process's maximum heap
 */
public record ExtractionLimits(
        long maxFileBytes,
        Duration timeout,
        int maxCharacters,
        int maxEmbeddedDepth,
        int maxEmbeddedDocuments,
        long maxUnpackedBytes,
        int maxZipEntries,
        int workerHeapMb) {

    private static final long MB = 1024L * 1024L;

    public ExtractionLimits {
        if (maxFileBytes <= 0 || maxCharacters <= 0 || maxEmbeddedDepth < 0 || maxEmbeddedDocuments < 0
                || maxUnpackedBytes <= 0 || maxZipEntries <= 0 || workerHeapMb < 32
                || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Invalid extraction limits: " + timeout + ", " + maxFileBytes);
        }
    }

    /** 20 MB files, 30 s, 1,000,000 characters, depth 3, 100 embedded, 100 MB unpacked, 2,000 entries, 256 MB heap. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(20 * MB, Duration.ofSeconds(30), 1_000_000, 3, 100, 100 * MB, 2_000, 256);
    }

    public ExtractionLimits withTimeout(Duration newTimeout) {
        return new ExtractionLimits(maxFileBytes, newTimeout, maxCharacters, maxEmbeddedDepth, maxEmbeddedDocuments,
                maxUnpackedBytes, maxZipEntries, workerHeapMb);
    }

    public ExtractionLimits withMaxFileBytes(long newMaxFileBytes) {
        return new ExtractionLimits(newMaxFileBytes, timeout, maxCharacters, maxEmbeddedDepth, maxEmbeddedDocuments,
                maxUnpackedBytes, maxZipEntries, workerHeapMb);
    }

    public ExtractionLimits withMaxCharacters(int newMaxCharacters) {
        return new ExtractionLimits(maxFileBytes, timeout, newMaxCharacters, maxEmbeddedDepth, maxEmbeddedDocuments,
                maxUnpackedBytes, maxZipEntries, workerHeapMb);
    }

    /** The file size limit in whole megabytes, for messages. */
    public long maxFileMegabytes() {
        return maxFileBytes / MB;
    }
}
