package vn.tuoitreso.learning.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.IdentifiedEntity;

@Entity
@Table(name = "learning_enrolment")
public class Enrolment extends IdentifiedEntity {

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
