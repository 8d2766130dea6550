package vn.tuoitreso.learning.course;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.IdentifiedEntity;

/** An image or handout of a course. */
@Entity
@Table(name = "learning_asset")
public class Asset extends IdentifiedEntity {

    public enum Kind { IMAGE, HANDOUT }


    @Column(name = "course_id")
    private long courseId;

    @Column(name = "lesson_id")
    private @Nullable Long lessonId;

    @Enumerated(EnumType.STRING)
    private Kind kind = Kind.IMAGE;

    @Column(name = "file_name")
    private String fileName = "";

    @Column(name = "content_type")
    private String contentType = "";

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] data = new byte[0];

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    protected Asset() {
    }

    public Asset(long courseId, @Nullable Long lessonId, Kind kind, String fileName, String contentType, byte[] data,
            Instant createdAt) {
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.data = data.clone();
        this.sizeBytes = data.length;
        this.createdAt = createdAt;
    }

    public long courseId() {
        return courseId;
    }

    public @Nullable Long lessonId() {
        return lessonId;
    }

    public Kind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public byte[] data() {
        return data.clone();
    }
}
