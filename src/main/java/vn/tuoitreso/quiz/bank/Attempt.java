package vn.tuoitreso.quiz.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.IdentifiedEntity;

/** One try at a quiz. It closes when submitted, or by itself when its time is up. */
@Entity
@Table(name = "quiz_attempt")
public class Attempt extends IdentifiedEntity {

    @Column(name = "quiz_id")
    private long quizId;

    @Column(name = "account_id")
    private long accountId;

    private int number;

    @Column(name = "started_at")
    private Instant startedAt = Instant.EPOCH;

    private @Nullable Instant deadline;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    private @Nullable Double score;

    @Version
    private long version;

    protected Attempt() {
    }

    public Attempt(long quizId, long accountId, int number, Instant startedAt, @Nullable Instant deadline) {
        this.quizId = quizId;
        this.accountId = accountId;
        this.number = number;
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    public long quizId() {
        return quizId;
    }

    public long accountId() {
        return accountId;
    }

    public int number() {
        return number;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public @Nullable Instant deadline() {
        return deadline;
    }

    public boolean open() {
        return submittedAt == null;
    }

    public boolean timeIsUp(Instant now) {
        return deadline != null && now.isAfter(deadline);
    }

    public @Nullable Double score() {
        return score;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    /** Closes the attempt with its score (0 to 1); the close time is never after the deadline. */
    public void close(Instant now, double score) {
        this.submittedAt = deadline != null && now.isAfter(deadline) ? deadline : now;
        this.score = score;
    }
}
