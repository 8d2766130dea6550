package vn.tuoitreso.documents.extraction;

import java.io.File;
import java.nio.file.Path;

/**
 * How an extraction row names its file: relative to the files folder ({@code app.files-dir}) when the file lies
 * inside it, so that the data folder can move; absolute otherwise. An absolute name resolves to itself.
 */
public final class FileLocations {

    private final Path root;

    public FileLocations(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The name to keep, e.g. {@code ab/cd/<sha256>}, always with {@code /} between names. */
    public String stored(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.equals(root) || !absolute.startsWith(root)) {
            return absolute.toString();
        }
        return root.relativize(absolute).toString().replace(File.separatorChar, '/');
    }

    /** The file a kept name means under the folder configured now. */
    public Path resolve(String stored) {
        return root.resolve(stored);
    }
}
