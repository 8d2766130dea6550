package vn.tuoitreso.documents.detection;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/** The media type Tika's detectors find in a file's content; no name is given, so none is trusted. Thread-safe. */
public final class TikaDetection {

    private static final Detector DETECTOR = new DefaultDetector();

    private TikaDetection() {
    }

    /** E.g. {@code application/pdf}, or {@code application/octet-stream} when nothing is recognised. */
    public static String mediaType(Path file) throws IOException {
        try (TikaInputStream stream = TikaInputStream.get(file)) {
            return DETECTOR.detect(stream, new Metadata()).toString();
        }
    }
}
