package vn.tuoitreso.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.tuoitreso.documents.detection.TikaDetection;
import vn.tuoitreso.documents.extraction.ArchiveInspection;

/**
 * Finds a file's type from its content, never from its name: an executable named {@code .pdf} is refused, a PDF
 * named {@code .txt} is a PDF. A ZIP container is inspected for decompression bombs before Tika's container
 * detection (internal, in {@code documents.detection}) opens it. Thread-safe.
 */
public final class TypeCheck {

    public static final String EMPTY = "documents.refused.empty";
    public static final String TOO_LARGE = "documents.refused.tooLarge";
    public static final String TYPE = "documents.refused.type";
    public static final String PIXELS = "documents.refused.pixels";

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private TypeCheck() {
    }

    public static Detection check(Path file, ExtractionLimits limits) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                return new Detection.Refused(EMPTY, List.of());
            }
            if (size > limits.maxFileBytes()) {
                return new Detection.Refused(TOO_LARGE, List.of(limits.maxFileMegabytes()));
            }
            if (startsWithZipMagic(file)) {
                Optional<String> archiveRefusal = ArchiveInspection.inspect(file, limits);
                if (archiveRefusal.isPresent()) {
                    return new Detection.Refused(archiveRefusal.get(), List.of());
                }
            }
            Optional<DocumentType> type = DocumentType.forMediaType(TikaDetection.mediaType(file));
            if (type.isPresent() && (type.get() == DocumentType.JPEG || type.get() == DocumentType.PNG)) {
                return picture(file, type.get());
            }
            return type.<Detection>map(Detection.Accepted::new).orElseGet(TypeCheck::refusedType);
        } catch (IOException | RuntimeException e) {
            // unreadable or a detector choking on hostile structure: not a type we can accept
            return refusedType();
        }
    }

    /** A picture's size is read from its header, before anything decodes it. */
    private static Detection picture(Path file, DocumentType type) throws IOException {
        Optional<Pictures.Size> size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Pictures.size(in, type);
        }
        if (size.isEmpty()) {
            return refusedType();
        }
        if (size.get().pixels() > Pictures.MAX_PIXELS) {
            return new Detection.Refused(PIXELS, List.of(size.get().width(), size.get().height(),
                    Pictures.MAX_PIXELS / 1_000_000));
        }
        return new Detection.Accepted(type);
    }

    private static Detection refusedType() {
        return new Detection.Refused(TYPE, List.of(DocumentType.allowedExtensions()));
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return Arrays.equals(head, ZIP_MAGIC);
        }
    }
}
