package vn.tuoitreso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import vn.tuoitreso.documents.extraction.ExtractionRequested;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.TestClockConfiguration;

/**
 * The documents module alone (it needs only the shared kernel): a requested extraction is parsed by the worker
 * after the request's commit and announced as {@link AttachmentTextExtracted}, whatever its outcome.
 *
 * <p>Standalone, no module configures method security (identity does), so the services' guards are not in force
 * here; the calls are made as the platform makes them anyway.
 */
@ApplicationModuleTest
@DirtiesContext // a context of its own, shared with no other test class: closed after this one
@Import(TestClockConfiguration.class)
class DocumentsModuleIT {

    /** The first start of the worker JVM takes a few seconds on a busy machine. */
    private static final Duration WORKER = Duration.ofSeconds(90);

    private final Extractions extractions;
    private final EventPublicationRegistry publications;

    @TempDir Path dir;

    DocumentsModuleIT(Extractions extractions, EventPublicationRegistry publications) {
        this.extractions = extractions;
        this.publications = publications;
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_extraction_request_leads_to_attachment_text_extracted_with_the_text_stored(Scenario scenario)
            throws IOException {
        String reference = reference();
        Path file = Files.writeString(dir.resolve("y-tuong.txt"),
                "Ý tưởng: bản đồ số các điểm du lịch cộng đồng ở Trùng Khánh, Cao Bằng.");

        scenario.stimulate(() -> SystemTasks.runAsSystem(() -> extractions.request(reference, file)))
                .andWaitAtMost(WORKER)
                .andWaitForEventOfType(AttachmentTextExtracted.class)
                .matching(extracted -> extracted.reference().equals(reference))
                .toArriveAndVerify((extracted, requested) -> {
                    assertThat(requested.status()).as("queued, not parsed in the request")
                            .isEqualTo(ExtractionStatus.PENDING);
                    assertThat(extracted.status()).isEqualTo(ExtractionStatus.EXTRACTED);
                    assertThat(SystemTasks.runAsSystem(() -> extractions.text(reference)))
                            .hasValueSatisfying(text -> assertThat(text).contains("du lịch cộng đồng ở Trùng Khánh"));
                });
    }

    @Test
    void a_file_that_is_no_document_is_announced_as_failed_with_a_reason(Scenario scenario) throws IOException {
        String reference = reference();
        Path file = Files.write(dir.resolve("bai-du-thi.pdf"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

        scenario.stimulate(() -> SystemTasks.runAsSystem(() -> extractions.request(reference, file)))
                .andWaitAtMost(WORKER)
                .andWaitForEventOfType(AttachmentTextExtracted.class)
                .matching(extracted -> extracted.reference().equals(reference))
                .toArriveAndVerify(extracted -> {
                    assertThat(extracted.status()).isEqualTo(ExtractionStatus.FAILED);
                    assertThat(outcome(reference).reasonKey()).startsWith("documents.refused.");
                    assertThat(SystemTasks.runAsSystem(() -> extractions.text(reference))).isEmpty();
                });
    }

    @Test
    void a_request_delivered_again_after_the_extraction_does_no_harm(Scenario scenario,
            AssertablePublishedEvents events) throws IOException {
        String reference = reference();
        Path file = Files.writeString(dir.resolve("tom-tat.txt"), "Tóm tắt: sổ tay số cho hợp tác xã chè.");
        scenario.stimulate(() -> SystemTasks.runAsSystem(() -> extractions.request(reference, file)))
                .andWaitAtMost(WORKER)
                .andWaitForEventOfType(AttachmentTextExtracted.class)
                .matching(extracted -> extracted.reference().equals(reference))
                .toArrive();

        ExtractionRequested again = new ExtractionRequested(reference);
        scenario.publish(again)
                .andWaitAtMost(WORKER)
                .andWaitForStateChange(() -> handled(again))
                .andVerify(__ -> {
                    assertThat(events.ofType(AttachmentTextExtracted.class)
                            .matchingValue(AttachmentTextExtracted::reference, reference)).hasSize(1);
                    assertThat(outcome(reference).attempts()).as("parsed once").isEqualTo(1);
                    assertThat(outcome(reference).status()).isEqualTo(ExtractionStatus.EXTRACTED);
                });
    }

    /** Whether every listener of the event has finished with it (a completed publication is deleted). */
    private boolean handled(Object event) {
        return publications.findIncompletePublications().stream().noneMatch(p -> event.equals(p.getEvent()));
    }

    private ExtractionOutcome outcome(String reference) {
        return SystemTasks.runAsSystem(() -> extractions.outcomes(java.util.List.of(reference)).get(reference));
    }

    private static String reference() {
        return "module-test:" + System.nanoTime();
    }
}
