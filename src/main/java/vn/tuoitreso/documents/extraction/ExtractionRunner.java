package vn.tuoitreso.documents.extraction;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tuoitreso.documents.AttachmentTextExtracted;
import vn.tuoitreso.documents.ExtractionLimits;
import vn.tuoitreso.documents.ExtractionResult;
import vn.tuoitreso.documents.ExtractionStatus;
import vn.tuoitreso.documents.TextExtractor;

/**
 * Parses a queued file in the worker process after the request's transaction has committed. No database
 * transaction is held while the worker parses (up to its time limit); the outcome is saved afterwards.
 */
@Component
class ExtractionRunner {

    private static final Logger log = LoggerFactory.getLogger(ExtractionRunner.class);

    private final ExtractionRepository extractions;
    private final TextExtractor extractor;
    private final ExtractionLimits limits;
    private final FileLocations locations;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExtractionRunner(ExtractionRepository extractions, TextExtractor extractor, ExtractionLimits limits,
            FileLocations locations, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.extractions = extractions;
        this.extractor = extractor;
        this.limits = limits;
        this.locations = locations;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Async(DocumentsConfiguration.EXECUTOR)
    @TransactionalEventListener
    void on(ExtractionRequested requested) {
        run(requested.reference());
    }

    void run(String reference) {
        String file = transaction.execute(status -> extractions.findByReference(reference)
                .filter(e -> e.status() == ExtractionStatus.PENDING).map(Extraction::filePath).orElse(null));
        if (file == null) {
            return;
        }
        ExtractionResult result = extractor.extract(locations.resolve(file), limits);
        transaction.executeWithoutResult(status -> {
            Extraction extraction = extractions.findByReference(reference).orElseThrow();
            extraction.finish(result, clock.instant());
            log.info("Extracted {}: {}", reference, extraction.status());
            events.publishEvent(new AttachmentTextExtracted(reference, extraction.status()));
        });
    }
}
