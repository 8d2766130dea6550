package vn.tuoitreso.quiz.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.tuoitreso.shared.IdentifiedEntity;

/** A question of a course's bank, kept as its GIFT text so that nothing of it is lost or re-modelled. */
@Entity
@Table(name = "quiz_question")
public class StoredQuestion extends IdentifiedEntity {

    public static final int NAME_MAX_LENGTH = 255;
    public static final int CATEGORY_MAX_LENGTH = 300;
    /** A question's own text (its answers aside): a phone screen or two. */
    public static final int TEXT_MAX_LENGTH = 5_000;

    /** The sub-category that holds questions a revised seed bank no longer has. */
    public static final String RETIRED = "/Lưu trữ";

    @Column(name = "course_id")
    private long courseId;

    private String category = "";
    private String name = "";
    private String type = "";
    private String gift = "";

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    /** Counts changes (a retirement, an edit), so that a change made from an older reading is refused. */
    @Version
    private long version;

    protected StoredQuestion() {
    }

    public StoredQuestion(long courseId, String category, String name, String type, String gift, Instant createdAt) {
        this.courseId = courseId;
        this.category = category;
        this.name = name;
        this.type = type;
        this.gift = gift;
        this.createdAt = createdAt;
    }

    public long courseId() {
        return courseId;
    }

    /** Moves the question out of the category quizzes draw from; attempts that used it keep it. */
    public void retire() {
        if (!category.endsWith(RETIRED)) {
            category = category + RETIRED;
        }
    }

    public String category() {
        return category;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public String gift() {
        return gift;
    }

    public long version() {
        return version;
    }
}
