package vn.tuoitreso.documents.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tuoitreso.documents.DocumentType;
import vn.tuoitreso.documents.ExtractionLimits;
import vn.tuoitreso.documents.ExtractionResult;
import vn.tuoitreso.documents.ExtractionResult.Extracted;
import vn.tuoitreso.documents.ExtractionResult.Failed;
import vn.tuoitreso.documents.HostileCorpus;

class WorkerExtractorTest {

    private static final ExtractionLimits LIMITS = ExtractionLimits.defaults();
    private static WorkerExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        extractor = new WorkerExtractor(50);
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void a_vietnamese_pdf_is_extracted_with_its_diacritics() throws Exception {
        Path file = HostileCorpus.pdf(dir.resolve("bao-cao.pdf"), HostileCorpus.VIETNAMESE, "Trang hai");
        assertThat(extractor.extract(file, LIMITS)).isInstanceOfSatisfying(Extracted.class, extracted -> {
            assertThat(extracted.text()).contains("chuyển đổi số", "Tỉnh đoàn", "kỹ năng");
            assertThat(extracted.truncated()).isFalse();
            assertThat(extracted.type()).isEqualTo(DocumentType.PDF);
            assertThat(extracted.partialKey()).as("all of it was read").isNull();
        });
    }

    @Test
    void a_pdf_cut_short_is_read_as_far_as_it_goes_and_said_to_be_read_only_in_part() throws Exception {
        Path file = HostileCorpus.cutPdf(dir.resolve("tai-do-dang.pdf"), 5, 3);
        assertThat(extractor.extract(file, LIMITS)).isInstanceOfSatisfying(Extracted.class, extracted -> {
            assertThat(extracted.text()).contains("Trang 1").doesNotContain("Trang 5");
            assertThat(extracted.partialKey()).isEqualTo("documents.partial.cut");
        });
    }

    @Test
    void a_vietnamese_docx_is_extracted_with_its_diacritics() throws Exception {
        Path file = HostileCorpus.docx(dir.resolve("y-tuong.docx"), HostileCorpus.VIETNAMESE);
        assertThat(extractor.extract(file, LIMITS)).isInstanceOfSatisfying(Extracted.class, extracted -> {
            assertThat(extracted.text()).contains("chuyển đổi số");
            assertThat(extracted.type()).isEqualTo(DocumentType.DOCX);
        });
    }

    @Test
    void spreadsheets_and_presentations_are_extracted() throws Exception {
        assertThat(extractor.extract(HostileCorpus.xlsx(dir.resolve("a.xlsx"), "Ngân sách chuyển đổi số"), LIMITS))
                .isInstanceOfSatisfying(Extracted.class, e -> assertThat(e.text()).contains("Ngân sách chuyển đổi số"));
        assertThat(extractor.extract(HostileCorpus.pptx(dir.resolve("b.pptx"), "Trình chiếu chuyển đổi số"), LIMITS))
                .isInstanceOfSatisfying(Extracted.class, e -> assertThat(e.text()).contains("Trình chiếu chuyển đổi số"));
    }

    @Test
    void text_beyond_the_character_limit_is_cut_and_reported_as_truncated() throws Exception {
        String[] paragraphs = new String[200];
        Arrays.fill(paragraphs, HostileCorpus.VIETNAMESE);
        Path file = HostileCorpus.docx(dir.resolve("dai.docx"), paragraphs);
        assertThat(extractor.extract(file, LIMITS.withMaxCharacters(1_000)))
                .isInstanceOfSatisfying(Extracted.class, extracted -> {
                    assertThat(extracted.truncated()).isTrue();
                    assertThat(extracted.text()).hasSizeLessThanOrEqualTo(1_000).contains("chuyển đổi số");
                });
    }

    @Test
    void a_zip_bomb_docx_is_refused_before_parsing() throws Exception {
        Path file = HostileCorpus.zipBombDocx(dir.resolve("bom.docx"), 120L * 1024 * 1024);
        int workersBefore = extractor.workersStarted();
        assertThat(extractor.extract(file, LIMITS)).isEqualTo(new Failed("documents.failed.bomb"));
        assertThat(extractor.workersStarted()).isEqualTo(workersBefore);
    }

    @Test
    void a_truncated_pdf_is_corrupt() throws Exception {
        Path whole = HostileCorpus.pdf(dir.resolve("nguyen.pdf"), HostileCorpus.VIETNAMESE);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, 300));
        assertThat(extractor.extract(file, LIMITS)).isEqualTo(new Failed("documents.failed.corrupt"));
    }

    @Test
    void a_pdf_header_followed_by_garbage_is_corrupt() throws Exception {
        byte[] bytes = new byte[2048];
        new java.util.Random(7).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, bytes, 0, 9);
        Path file = Files.write(dir.resolve("rac.pdf"), bytes);
        assertThat(extractor.extract(file, LIMITS)).isEqualTo(new Failed("documents.failed.corrupt"));
    }

    @Test
    void a_password_protected_pdf_is_reported_as_encrypted() throws Exception {
        Path file = HostileCorpus.encryptedPdf(dir.resolve("mat.pdf"));
        assertThat(extractor.extract(file, LIMITS)).isEqualTo(new Failed("documents.failed.encrypted"));
    }

    @Test
    void refusals_of_the_type_check_come_back_as_failures_with_their_arguments() throws Exception {
        assertThat(extractor.extract(Files.createFile(dir.resolve("rong.docx")), LIMITS))
                .isEqualTo(new Failed("documents.refused.empty"));
        Path large = Files.write(dir.resolve("lon.txt"), new byte[2 * 1024 * 1024 + 1]);
        assertThat(extractor.extract(large, LIMITS.withMaxFileBytes(2 * 1024 * 1024)))
                .isEqualTo(new Failed("documents.refused.tooLarge", List.of(2L)));
        assertThat(extractor.extract(HostileCorpus.executable(dir.resolve("setup.pdf")), LIMITS))
                .isInstanceOfSatisfying(Failed.class, failed -> assertThat(failed.reasonKey()).isEqualTo("documents.refused.type"));
    }

    @Test
    void an_image_is_accepted_but_has_no_text() throws Exception {
        assertThat(extractor.extract(HostileCorpus.png(dir.resolve("anh.png")), LIMITS))
                .isEqualTo(new ExtractionResult.Unsupported("documents.unsupported.image"));
    }

    @Test
    void archives_nested_too_deep_inside_a_docx_are_refused_as_nested() throws Exception {
        Path file = HostileCorpus.nestedArchiveDocx(dir.resolve("long-nhau.docx"), 8);
        assertThat(extractor.extract(file, LIMITS)).isEqualTo(new Failed("documents.failed.nested"));
    }

    @Test
    void a_docx_nested_thirty_levels_deep_is_refused_as_nested() throws Exception {
        Path file = HostileCorpus.nestedArchiveDocx(dir.resolve("ba-muoi-tang.docx"), 30);
        assertThat(extractor.extract(file, LIMITS)).isEqualTo(new Failed("documents.failed.nested"));
    }

    @Test
    void archives_nested_within_the_depth_limit_are_extracted() throws Exception {
        Path file = HostileCorpus.nestedArchiveDocx(dir.resolve("hai-tang.docx"), 2);
        assertThat(extractor.extract(file, LIMITS)).isInstanceOfSatisfying(Extracted.class,
                extracted -> assertThat(extracted.text()).contains("Tầng 2"));
    }

    @Test
    void a_hanging_worker_is_killed_at_the_timeout_and_the_next_extraction_works() throws Exception {
        Path file = HostileCorpus.docx(dir.resolve("treo.docx"), HostileCorpus.VIETNAMESE);
        try (WorkerExtractor hanging = new WorkerExtractor(50, List.of("-D" + ExtractionWorker.SIMULATE + "=hang"))) {
            assertThat(hanging.extract(file, LIMITS.withTimeout(Duration.ofSeconds(2))))
                    .isEqualTo(new Failed("documents.failed.timeout", List.of(2L)));
        }
        assertWorks(file);
    }

    @Test
    void a_worker_running_out_of_memory_is_reported_and_the_next_extraction_works() throws Exception {
        Path file = HostileCorpus.docx(dir.resolve("tham.docx"), HostileCorpus.VIETNAMESE);
        ExtractionLimits small = new ExtractionLimits(LIMITS.maxFileBytes(), LIMITS.timeout(), LIMITS.maxCharacters(),
                3, 100, LIMITS.maxUnpackedBytes(), LIMITS.maxZipEntries(), 64);
        try (WorkerExtractor greedy = new WorkerExtractor(50, List.of("-D" + ExtractionWorker.SIMULATE + "=oom"))) {
            assertThat(greedy.extract(file, small)).isEqualTo(new Failed("documents.failed.memory", List.of(64)));
        }
        assertWorks(file);
    }

    private static void assertWorks(Path file) {
        assertThat(extractor.extract(file, LIMITS)).isInstanceOfSatisfying(Extracted.class,
                extracted -> assertThat(extracted.text()).contains("chuyển đổi số"));
    }

    @Test
    void the_worker_reports_its_peak_heap_use() throws IOException {
        extractor.extract(HostileCorpus.docx(dir.resolve("nho.docx"), HostileCorpus.VIETNAMESE), LIMITS);
        assertThat(extractor.peakHeapBytes()).as("measured; its size is the benchmark's business").isPositive();
    }

    @Test
    void the_worker_inherits_no_environment_and_no_secret_on_its_command_line() throws Exception {
        // Surefire gives this JVM APP_ADMIN_PASSWORD and SPRING_DATASOURCE_PASSWORD (pom.xml), as a server has.
        assertThat(System.getenv()).containsKeys("APP_ADMIN_PASSWORD", "SPRING_DATASOURCE_PASSWORD", "PATH");
        Path file = HostileCorpus.pdf(dir.resolve("dien.pdf"), HostileCorpus.VIETNAMESE);
        try (WorkerExtractor reporting = new WorkerExtractor(1, List.of("-D" + ExtractionWorker.SIMULATE + "=report"))) {
            assertThat(reporting.extract(file, LIMITS)).isInstanceOfSatisfying(Extracted.class, extracted -> {
                List<String> environment = extracted.text().lines().filter(line -> line.startsWith("env ")).toList();
                assertThat(environment).containsExactly("env LC_ALL=C.UTF-8");
                List<String> arguments = extracted.text().lines().filter(line -> line.startsWith("arg ")).toList();
                assertThat(arguments).isNotEmpty().noneMatch(argument -> argument.contains("worker-secret"))
                        .noneMatch(argument -> argument.toLowerCase(java.util.Locale.ROOT).contains("password"))
                        .noneMatch(argument -> argument.contains("spring.datasource"));
            });
        }
    }

    @Test
    void a_file_in_a_folder_with_diacritics_reaches_the_worker_without_its_environment() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Tỉnh đoàn Cao Bằng"));
        Path file = HostileCorpus.pdf(folder.resolve("báo cáo.pdf"), HostileCorpus.VIETNAMESE);
        assertThat(extractor.extract(file, LIMITS)).isInstanceOfSatisfying(Extracted.class,
                extracted -> assertThat(extracted.text()).contains("chuyển đổi số"));
    }
}
