package vn.tuoitreso.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.documents.extraction.Extraction;
import vn.tuoitreso.documents.extraction.ExtractionRepository;
import vn.tuoitreso.documents.extraction.ExtractionRequested;
import vn.tuoitreso.documents.extraction.FileLocations;

/**
 * Text extraction of uploaded files. The owning module asks for it in its own transaction; the worker
 * runs after the commit, outside the request, and {@link AttachmentTextExtracted} tells when it is done.
 * An unfinished request is taken up again after a restart (the event publication registry keeps it).
 */
@Service
public class Extractions {

    private final ExtractionRepository extractions;
    private final FileLocations locations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Extractions(ExtractionRepository extractions, FileLocations locations, ApplicationEventPublisher events,
            Clock clock) {
        this.extractions = extractions;
        this.locations = locations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues the file for extraction under the owner's reference (again, if it was extracted before). A file in the
     * files folder ({@code app.files-dir}) is remembered relative to it, so the folder may move.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ExtractionOutcome request(String reference, Path file) {
        String stored = locations.stored(file);
        Extraction extraction = extractions.findByReference(reference)
                .orElseGet(() -> new Extraction(reference, stored, clock.instant()));
        extraction.requeue(stored, clock.instant());
        extractions.save(extraction);
        events.publishEvent(new ExtractionRequested(reference));
        return extraction.outcome();
    }

    /** Parses the file again: after a worker failure, or once the limits were raised. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public ExtractionOutcome retry(String reference) {
        Extraction extraction = extractions.findByReference(reference)
                .orElseThrow(() -> new IllegalArgumentException("no extraction " + reference));
        extraction.requeue(extraction.filePath(), clock.instant());
        events.publishEvent(new ExtractionRequested(reference));
        return extraction.outcome();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, ExtractionOutcome> outcomes(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        return extractions.findByReferenceIn(references).stream().map(Extraction::outcome)
                .collect(Collectors.toMap(ExtractionOutcome::reference, Function.identity()));
    }

    /** The stored text, for the search index and organisers; empty while pending or when there is none. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUDGE', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<String> text(String reference) {
        return extractions.findByReference(reference).flatMap(Extraction::text);
    }
}
