package vn.tuoitreso.documents.extraction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.documents.ExtractionOutcome;
import vn.tuoitreso.documents.ExtractionResult;
import vn.tuoitreso.documents.ExtractionStatus;
import vn.tuoitreso.shared.IdentifiedEntity;

/** One file's extraction: its text, or why there is none. */
@Entity
@Table(name = "documents_extraction")
public class Extraction extends IdentifiedEntity {

    private String reference = "";

    /** Relative to the files folder when inside it (see {@link FileLocations}), else absolute. */
    @Column(name = "file_path")
    private String filePath = "";

    @Enumerated(EnumType.STRING)
    private ExtractionStatus status = ExtractionStatus.PENDING;

    @Column(name = "document_type")
    private @Nullable String documentType;

    @Column(name = "reason_key")
    private @Nullable String reasonKey;

    @Column(name = "reason_args")
    private @Nullable String reasonArgs;

    private @Nullable String text;

    private boolean truncated;

    private int attempts;

    @Column(name = "requested_at")
    private Instant requestedAt = Instant.EPOCH;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Version
    private long version;

    protected Extraction() {
    }

    public Extraction(String reference, String filePath, Instant now) {
        this.reference = reference;
        this.filePath = filePath;
        this.requestedAt = now;
    }

    /** Waits for the worker again; the text of an earlier run stays until the new one ends. */
    public void requeue(String path, Instant now) {
        filePath = path;
        status = ExtractionStatus.PENDING;
        reasonKey = null;
        reasonArgs = null;
        requestedAt = now;
        finishedAt = null;
    }

    void finish(ExtractionResult result, Instant now) {
        attempts++;
        finishedAt = now;
        if (result instanceof ExtractionResult.Extracted extracted) {
            status = ExtractionStatus.EXTRACTED;
            text = extracted.text();
            truncated = extracted.truncated();
            documentType = extracted.type().name();
            reasonKey = extracted.partialKey();
            reasonArgs = null;
        } else if (result instanceof ExtractionResult.Failed failed) {
            status = ExtractionStatus.FAILED;
            text = null;
            reasonKey = failed.reasonKey();
            reasonArgs = failed.args().stream().map(String::valueOf).collect(Collectors.joining("\u001f"));
        } else if (result instanceof ExtractionResult.Unsupported unsupported) {
            status = ExtractionStatus.UNSUPPORTED;
            text = null;
            reasonKey = unsupported.reasonKey();
        }
    }

    public String reference() {
        return reference;
    }

    public String filePath() {
        return filePath;
    }

    public ExtractionStatus status() {
        return status;
    }

    public Optional<String> text() {
        return status == ExtractionStatus.EXTRACTED ? Optional.ofNullable(text) : Optional.empty();
    }

    public ExtractionOutcome outcome() {
        return new ExtractionOutcome(reference, status, reasonKey, args(), text == null ? 0 : text.length(),
                truncated, attempts, finishedAt);
    }

    private List<Object> args() {
        if (reasonArgs == null || reasonArgs.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        Arrays.stream(reasonArgs.split("\u001f")).forEach(a -> args.add(a.matches("-?\\d{1,18}") ? Long.valueOf(a) : a));
        return args;
    }
}
