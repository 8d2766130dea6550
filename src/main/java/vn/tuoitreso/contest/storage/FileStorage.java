package vn.tuoitreso.contest.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Where attachment bytes live, outside any web root. Content-addressed: the same bytes are kept once.
 * A store either completes or leaves nothing behind, so a crash mid-upload never attaches half a file.
 */
public interface FileStorage {

    Pattern DIGEST = Pattern.compile("^[0-9a-f]{64}$");

    /** Reads the stream to its end, refusing more than {@code maxBytes}; returns what was kept. */
    StoredFile store(InputStream content, long maxBytes) throws IOException;

    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256);

    /** Where the bytes lie, for a process that reads the file itself (the extraction worker). */
    java.nio.file.Path path(String sha256);

    void delete(String sha256) throws IOException;

    static boolean isDigest(String value) {
        return DIGEST.matcher(value).matches();
    }
}
