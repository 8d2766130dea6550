package vn.tuoitreso.contest.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.documents.DocumentType;
import vn.tuoitreso.shared.IdentifiedEntity;

/** A file attached to a submission; removing it keeps the row and the bytes for earlier revisions. */
@Entity
@Table(name = "contest_attachment")
public class Attachment extends IdentifiedEntity {

    @Column(name = "submission_id")
    private long submissionId;

    @Column(name = "file_name")
    private String fileName = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    private DocumentType type = DocumentType.PDF;

    private String sha256 = "";

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "uploaded_by")
    private long uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt = Instant.EPOCH;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    protected Attachment() {
    }

    public Attachment(long submissionId, String fileName, DocumentType type, String sha256, long sizeBytes,
            long uploadedBy, Instant now) {
        this.submissionId = submissionId;
        this.fileName = fileName;
        this.type = type;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public void remove(Instant now) {
        removedAt = now;
    }

    public boolean removed() {
        return removedAt != null;
    }

    /** How the extraction of this file is named in the documents module. */
    public String reference() {
        return reference(id());
    }

    public static String reference(long attachmentId) {
        return "contest-attachment:" + attachmentId;
    }

    public long submissionId() {
        return submissionId;
    }

    public String fileName() {
        return fileName;
    }

    public DocumentType type() {
        return type;
    }

    /** The canonical media type of the type found in the content. */
    public String mediaType() {
        return type.mediaTypes().get(0);
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
