package vn.tuoitreso.contest.storage;

/** Bytes kept by the storage, named by their SHA-256 (lower-case hex), with their length. */
public record StoredFile(String sha256, long size) {

    public StoredFile {
        if (!FileStorage.isDigest(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        }
    }
}
