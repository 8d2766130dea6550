package vn.tuoitreso.learning.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One lesson marked done within an enrolment. */
@Entity
@Table(name = "learning_completion")
public class Completion {

    @Embeddable
    public record Key(@Column(name = "enrolment_id") long enrolmentId, @Column(name = "lesson_id") long lessonId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key = new Key(0, 0);

    @Column(name = "completed_at")
    private Instant completedAt = Instant.EPOCH;

    protected Completion() {
    }

    public Completion(long enrolmentId, long lessonId, Instant completedAt) {
        this.key = new Key(enrolmentId, lessonId);
        this.completedAt = completedAt;
    }

    public Key key() {
        return key;
    }

    public long lessonId() {
        return key.lessonId();
    }

    /** The same completion, carried over to a lesson that took this one's place. */
    public Completion carriedTo(long lessonId) {
        return new Completion(key.enrolmentId(), lessonId, completedAt);
    }
}
