package vn.tuoitreso.documents.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.tuoitreso.documents.ExtractionLimits;

/**
 * Checks a ZIP-based document (DOCX, XLSX, PPTX, ODT, ODP) before anything parses it (ASVS 5.2.3): too many
 * entries, or more uncompressed bytes than allowed, is a decompression bomb. Declared sizes are checked first
 * (cheap), then the entries are inflated and counted, without keeping them, up to the same cap, because
 * declared sizes can be unknown or lie.
 */
public final class ArchiveInspection {

    public static final String BOMB = "documents.failed.bomb";
    public static final String CORRUPT = "documents.failed.corrupt";

    private ArchiveInspection() {
    }

    /** An empty result when the archive is within the limits, else the refusal key. */
    public static Optional<String> inspect(Path file, ExtractionLimits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                return Optional.of(BOMB);
            }
            long declared = 0;
            int entries = 0;
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (++entries > limits.maxZipEntries()) {
                    return Optional.of(BOMB);
                }
                declared += Math.max(0, entry.getSize());
                if (declared > limits.maxUnpackedBytes()) {
                    return Optional.of(BOMB);
                }
            }
            return inflatedWithinLimit(zip, limits.maxUnpackedBytes()) ? Optional.empty() : Optional.of(BOMB);
        } catch (IOException | RuntimeException e) {
            return Optional.of(CORRUPT);
        }
    }

    private static boolean inflatedWithinLimit(ZipFile zip, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            ZipEntry entry = all.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    total += read;
                    if (total > maxBytes) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
