package vn.tuoitreso.quiz.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One question of an attempt with the order its options are shown in and the answer saved so far. */
@Entity
@Table(name = "quiz_attempt_slot")
public class AttemptSlot {

    @Embeddable
    public record Key(@Column(name = "attempt_id") long attemptId, @Column(name = "slot") int slot)
            implements Serializable {
    }

    @EmbeddedId
    private Key key = new Key(0, 0);

    @Column(name = "question_id")
    private long questionId;

    @Column(name = "option_order")
    private String optionOrder = "";

    private @Nullable String response;

    @Column(name = "saved_at")
    private @Nullable Instant savedAt;

    protected AttemptSlot() {
    }

    public AttemptSlot(long attemptId, int slot, long questionId, String optionOrder) {
        this.key = new Key(attemptId, slot);
        this.questionId = questionId;
        this.optionOrder = optionOrder;
    }

    public int slot() {
        return key.slot();
    }

    public long questionId() {
        return questionId;
    }

    public String optionOrder() {
        return optionOrder;
    }

    public @Nullable String response() {
        return response;
    }

    public @Nullable Instant savedAt() {
        return savedAt;
    }

    public void answer(@Nullable String response, Instant now) {
        this.response = response;
        this.savedAt = now;
    }
}
