package vn.tuoitreso.contest;

import java.io.IOException;
import java.io.InputStream;

/** An attachment's bytes for someone allowed to read them. */
public record AttachmentFile(String fileName, String mediaType, long size, Opener content) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
