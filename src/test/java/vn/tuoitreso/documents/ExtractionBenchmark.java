package vn.tuoitreso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tuoitreso.documents.extraction.WorkerExtractor;

/**
 * Measures sequential extraction through the worker process: 20 PDFs and 20 DOCX of three pages each with a
 * long-lived worker, and the first 10 of them with a fresh JVM per document. Prints documents per second and
 * the worker's peak heap, and writes them to {@code target/extraction-benchmark.txt}; asserts only that every
 * document was extracted. Not run by default; run it with
 * {@code ./mvnw -B -q test -Dtest=ExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ExtractionBenchmark {

    private static final int EACH = 20;
    private static final int LINES = 90;

    @TempDir
    Path dir;

    @Test
    void extraction_throughput() throws Exception {
        List<Path> corpus = corpus();
        ExtractionLimits limits = ExtractionLimits.defaults();
        Run longLived = run("long-lived worker (50 documents per JVM)", new WorkerExtractor(50), corpus, limits);
        Run perDocument = run("one JVM per document", new WorkerExtractor(1), corpus.subList(0, 10), limits);
        String report = String.format(Locale.ROOT, """
                Extraction benchmark: %d PDFs + %d DOCX, %d lines (3 pages) each, sequential, %d cores, worker heap %d MB
                %s
                %s
                (target: at least 5 documents per second per worker)
                """, EACH, EACH, LINES, Runtime.getRuntime().availableProcessors(), limits.workerHeapMb(),
                longLived, perDocument);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "extraction-benchmark.txt"), report, StandardCharsets.UTF_8);
    }

    private List<Path> corpus() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            files.add(HostileCorpus.pdf(dir.resolve("tai-lieu-" + i + ".pdf"), lines(i)));
            files.add(HostileCorpus.docx(dir.resolve("tai-lieu-" + i + ".docx"), lines(i)));
        }
        return files;
    }

    private static String[] lines(int document) {
        String[] lines = new String[LINES];
        for (int i = 0; i < LINES; i++) {
            lines[i] = "Tài liệu " + document + ", dòng " + i + ": chương trình chuyển đổi số của Tỉnh đoàn.";
        }
        return lines;
    }

    private static Run run(String name, WorkerExtractor extractor, List<Path> files, ExtractionLimits limits) {
        try (extractor) {
            long start = System.nanoTime();
            long afterFirst = start;
            for (int i = 0; i < files.size(); i++) {
                ExtractionResult result = extractor.extract(files.get(i), limits);
                assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
                if (i == 0) {
                    afterFirst = System.nanoTime();
                }
            }
            long end = System.nanoTime();
            return new Run(name, files.size(), (end - start) / 1e9, (end - afterFirst) / 1e9,
                    extractor.peakHeapBytes(), extractor.workersStarted());
        }
    }

    private record Run(String name, int documents, double seconds, double secondsAfterFirst, long peakHeapBytes,
            int workers) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%-42s %3d docs in %6.2f s = %5.2f docs/s (after the first document: %5.2f docs/s), "
                            + "%d worker JVMs, peak worker heap %d MB",
                    name, documents, seconds, documents / seconds, (documents - 1) / secondsAfterFirst, workers,
                    peakHeapBytes / (1024 * 1024));
        }
    }
}
