package vn.tuoitreso.documents.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tuoitreso.documents.ExtractionLimits;
import vn.tuoitreso.documents.ExtractionOutcome;
import vn.tuoitreso.documents.ExtractionStatus;
import vn.tuoitreso.documents.Extractions;
import vn.tuoitreso.documents.HostileCorpus;
import vn.tuoitreso.documents.TextExtractor;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestClock;

/** Extraction rows name their files relative to the files folder, so that the folder can move. */
@PlatformTest
class ExtractionPathsIT {

    @Autowired Extractions extractions;
    @Autowired ExtractionRepository repository;
    @Autowired TextExtractor extractor;
    @Autowired ExtractionLimits limits;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Value("${app.files-dir}") Path filesDir;
    @TempDir Path dir;

    @Test
    void an_extraction_requested_before_the_files_folder_moved_still_finds_its_file() throws Exception {
        String words = "Sổ tay chuyển đổi số " + System.nanoTime();
        Path pdf = HostileCorpus.pdf(dir.resolve("so-tay.pdf"), words);
        String relative = contentAddressed(pdf);
        Path original = filesDir.resolve(relative);
        Files.createDirectories(original.getParent());
        Files.copy(pdf, original);
        String reference = "test-moved:" + System.nanoTime();

        SystemTasks.runAsSystem(() -> extractions.request(reference, original));
        assertThat(read(reference).status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(jdbc.queryForObject("SELECT file_path FROM documents_extraction WHERE reference = ?", String.class,
                reference)).isEqualTo(relative);

        // the data folder moves: the same content under another folder, nothing left at the old place
        Path moved = dir.resolve("moved-files");
        Files.createDirectories(moved.resolve(relative).getParent());
        Files.move(original, moved.resolve(relative));
        transaction.executeWithoutResult(status -> {
            Extraction extraction = repository.findByReference(reference).orElseThrow();
            extraction.requeue(extraction.filePath(), clock.instant());
        });
        new ExtractionRunner(repository, extractor, limits, new FileLocations(moved), transaction, events, clock)
                .run(reference);

        ExtractionOutcome outcome = read(reference);
        assertThat(outcome.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(SystemTasks.runAsSystem(() -> extractions.text(reference))).hasValueSatisfying(
                text -> assertThat(text).contains(words));
    }

    @Test
    void the_migration_keeps_files_folder_paths_relative_and_leaves_other_paths_alone() {
        String digest = "abcd" + "0123456789".repeat(6);
        String relative = "ab/cd/" + digest;
        Map<String, String> before = Map.of(
                "unix", "/srv/tuoitreso/data/files/" + relative,
                "windows", "C:\\tuoitreso\\data\\files\\ab\\cd\\" + digest,
                "relative", relative,
                "elsewhere", "/tmp/upload-1.pdf",
                "foreign", "/srv/other/zz/yy/" + digest);
        String prefix = "test-migration-" + System.nanoTime() + ":";
        before.forEach((name, path) -> jdbc.update("INSERT INTO documents_extraction (reference, file_path, status,"
                + " requested_at) VALUES (?, ?, 'EXTRACTED', UTC_TIMESTAMP(6))", prefix + name, path));

        for (int run = 0; run < 2; run++) {
            new ResourceDatabasePopulator(new ClassPathResource("db/migration/V14__documents_relative_paths.sql"))
                    .execute(dataSource);
        }

        Map<String, String> after = Map.of(
                "unix", relative, "windows", relative, "relative", relative,
                "elsewhere", "/tmp/upload-1.pdf", "foreign", "/srv/other/zz/yy/" + digest);
        after.forEach((name, path) -> assertThat(jdbc.queryForObject(
                "SELECT file_path FROM documents_extraction WHERE reference = ?", String.class, prefix + name))
                .as(name).isEqualTo(path));
    }

    private ExtractionOutcome read(String reference) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> SystemTasks.runAsSystem(() -> extractions.outcomes(List.of(reference))).get(reference),
                        outcome -> outcome != null && outcome.status() != ExtractionStatus.PENDING);
    }

    /** {@code ab/cd/<sha256>}, the place contest's storage gives these bytes. */
    private static String contentAddressed(Path file) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }
}
