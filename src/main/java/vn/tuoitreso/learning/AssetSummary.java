package vn.tuoitreso.learning;

/** An uploaded image or handout and the address it is served from. */
public record AssetSummary(long id, String fileName, String contentType, long sizeBytes, String url) {
}
