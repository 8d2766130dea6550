package vn.tuoitreso.documents.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tuoitreso.documents.ExtractionLimits;
import vn.tuoitreso.documents.HostileCorpus;

class ArchiveInspectionTest {

    private static final long MB = 1024 * 1024;
    private static final ExtractionLimits ONE_MB_UNPACKED = new ExtractionLimits(20 * MB,
            ExtractionLimits.defaults().timeout(), 1_000_000, 3, 100, MB, 10, 256);

    @TempDir
    Path dir;

    @Test
    void an_ordinary_docx_is_within_the_limits() throws Exception {
        Path file = HostileCorpus.docx(dir.resolve("a.docx"), HostileCorpus.VIETNAMESE);
        assertThat(ArchiveInspection.inspect(file, ExtractionLimits.defaults())).isEmpty();
    }

    @Test
    void declared_sizes_over_the_limit_are_a_bomb() throws Exception {
        Path file = Files.write(dir.resolve("b.zip"), zipOfZeros(2 * MB));
        assertThat(ArchiveInspection.inspect(file, ONE_MB_UNPACKED)).contains("documents.failed.bomb");
    }

    @Test
    void declared_sizes_that_lie_are_caught_by_counting_what_really_inflates() throws Exception {
        byte[] zip = zipOfZeros(2 * MB);
        int central = indexOf(zip, new byte[] {'P', 'K', 1, 2});
        // the central directory's uncompressed size (offset 24) now claims 16 bytes
        zip[central + 24] = 16;
        zip[central + 25] = 0;
        zip[central + 26] = 0;
        zip[central + 27] = 0;
        Path file = Files.write(dir.resolve("c.zip"), zip);
        assertThat(ArchiveInspection.inspect(file, ONE_MB_UNPACKED)).contains("documents.failed.bomb");
    }

    @Test
    void too_many_entries_are_a_bomb() throws Exception {
        Path file = HostileCorpus.manyEntriesDocx(dir.resolve("d.docx"), 20);
        assertThat(ArchiveInspection.inspect(file, ONE_MB_UNPACKED)).contains("documents.failed.bomb");
    }

    @Test
    void a_zip_signature_followed_by_garbage_is_corrupt() throws Exception {
        Path file = Files.write(dir.resolve("e.docx"), new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9});
        assertThat(ArchiveInspection.inspect(file, ONE_MB_UNPACKED)).contains("documents.failed.corrupt");
    }

    private static byte[] zipOfZeros(long size) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("zeros.bin"));
            out.write(new byte[(int) size]);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }
}
