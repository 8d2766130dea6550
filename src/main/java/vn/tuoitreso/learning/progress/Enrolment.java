package vn.tuoitreso.learning.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "learning_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id")
    private long courseId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "enrolled_at")
    private Instant enrolledAt = Instant.EPOCH;

    @Column(name = "last_lesson_id")
    private @Nullable Long lastLessonId;

    @Column(name = "last_visited_at")
    private @Nullable Instant lastVisitedAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Version
    private long version;

    protected Enrolment() {
    }

    public Enrolment(long courseId, long accountId, Instant now) {
        this.courseId = courseId;
        this.accountId = accountId;
        this.enrolledAt = now;
        this.lastVisitedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public long accountId() {
        return accountId;
    }

    public @Nullable Long lastLessonId() {
        return lastLessonId;
    }

    public @Nullable Instant lastVisitedAt() {
        return lastVisitedAt;
    }

    public boolean completed() {
        return completedAt != null;
    }

    public void visited(long lessonId, Instant now) {
        lastLessonId = lessonId;
        lastVisitedAt = now;
    }

    /** Marks the course completed; returns false when it already was. */
    public boolean complete(Instant now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        return true;
    }
}
