package vn.tuoitreso.quiz.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A fixed question of a quiz, in its place. */
@Entity
@Table(name = "quiz_quiz_question")
public class QuizQuestion {

    @Embeddable
    public record Key(@Column(name = "quiz_id") long quizId, @Column(name = "question_id") long questionId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key = new Key(0, 0);

    private int position;

    protected QuizQuestion() {
    }

    public QuizQuestion(long quizId, long questionId, int position) {
        this.key = new Key(quizId, questionId);
        this.position = position;
    }

    public long questionId() {
        return key.questionId();
    }

    public int position() {
        return position;
    }
}
