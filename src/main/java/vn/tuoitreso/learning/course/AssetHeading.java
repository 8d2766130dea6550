package vn.tuoitreso.learning.course;

/** A course file without its bytes. */
public record AssetHeading(long id, String fileName, String contentType, long sizeBytes) {
}
