package vn.tuoitreso.documents.extraction;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import vn.tuoitreso.documents.ExtractionLimits;

/**
 * Checks a ZIP-based document (DOCX, XLSX, PPTX, ODT, ODP) before anything parses it (ASVS 5.2.3): too many
 * entries, or more uncompressed bytes than allowed, is a decompression bomb. Declared sizes are checked first
 * (cheap), then the entries are inflated and counted, without keeping them, up to the same cap, because
 * declared sizes can be unknown or lie. Archives inside it are followed as deep as embedded documents may be
 * nested: deeper ones are refused as nested (type detection gives up on them, and would say the type is wrong).
 */
public final class ArchiveInspection {

    public static final String BOMB = "documents.failed.bomb";
    public static final String CORRUPT = "documents.failed.corrupt";
    public static final String NESTED = "documents.failed.nested";

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

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
            if (!inflatedWithinLimit(zip, limits.maxUnpackedBytes())) {
                return Optional.of(BOMB);
            }
            return nestedArchives(zip, limits);
        } catch (BombException e) {
            return Optional.of(BOMB);
        } catch (IOException | RuntimeException e) {
            return Optional.of(CORRUPT);
        }
    }

    /** Follows the archives inside the document, level by level, without keeping any of them. */
    private static Optional<String> nestedArchives(ZipFile zip, ExtractionLimits limits) throws IOException {
        long[] budget = {limits.maxUnpackedBytes()};
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            ZipEntry entry = all.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Optional<String> refusal = archiveAt(in, 1, limits, budget);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    /** An entry's content found at {@code level} levels of archives below the document. */
    private static Optional<String> archiveAt(InputStream content, int level, ExtractionLimits limits, long[] budget)
            throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(content);
        buffered.mark(ZIP_MAGIC.length);
        byte[] head = buffered.readNBytes(ZIP_MAGIC.length);
        buffered.reset();
        if (!Arrays.equals(head, ZIP_MAGIC)) {
            return Optional.empty();
        }
        if (level > limits.maxEmbeddedDepth()) {
            return Optional.of(NESTED);
        }
        ZipInputStream archive = new ZipInputStream(new Budgeted(buffered, budget));
        int entries = 0;
        try {
            for (ZipEntry entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
                if (++entries > limits.maxZipEntries()) {
                    return Optional.of(BOMB);
                }
                if (!entry.isDirectory()) {
                    Optional<String> refusal = archiveAt(archive, level + 1, limits, budget);
                    if (refusal.isPresent()) {
                        return refusal;
                    }
                }
            }
        } catch (ZipException unreadable) {
            // an embedded file that only looks like an archive: the parser decides what it holds
        }
        return Optional.empty();
    }

    /** Counts what is read from the archives inside, all levels together, and stops at the unpacked limit. */
    private static final class Budgeted extends FilterInputStream {

        private final long[] budget;

        Budgeted(InputStream in, long[] budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            spend(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            spend(Math.max(read, 0));
            return read;
        }

        private void spend(long bytes) throws IOException {
            budget[0] -= bytes;
            if (budget[0] < 0) {
                throw new BombException();
            }
        }
    }

    private static final class BombException extends IOException {
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
