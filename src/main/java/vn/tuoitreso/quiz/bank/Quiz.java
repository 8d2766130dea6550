package vn.tuoitreso.quiz.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.quiz.QuizSettings;
import vn.tuoitreso.quiz.ReviewPolicy;
import vn.tuoitreso.quiz.scoring.GradingMethod;
import vn.tuoitreso.shared.IdentifiedEntity;

@Entity
@Table(name = "quiz_quiz")
public class Quiz extends IdentifiedEntity {

    public static final int TITLE_MAX_LENGTH = 200;

    @Column(name = "course_id")
    private long courseId;

    @Column(length = TITLE_MAX_LENGTH)
    private String title = "";

    @Column(name = "required_to_pass")
    private boolean required = true;

    @Column(name = "pass_percent")
    private int passPercent = 70;

    @Column(name = "attempts_allowed")
    private int attemptsAllowed;

    @Enumerated(EnumType.STRING)
    private GradingMethod grading = GradingMethod.HIGHEST;

    @Column(name = "time_limit_minutes")
    private @Nullable Integer timeLimitMinutes;

    @Column(name = "shuffle_options")
    private boolean shuffleOptions = true;

    @Column(name = "draw_count")
    private @Nullable Integer drawCount;

    @Column(name = "draw_category")
    private @Nullable String drawCategory;

    @Enumerated(EnumType.STRING)
    private ReviewPolicy review = ReviewPolicy.IMMEDIATELY;

    @Version
    private long version;

    protected Quiz() {
    }

    public Quiz(long courseId, QuizSettings settings) {
        this.courseId = courseId;
        configure(settings);
    }

    public void configure(QuizSettings s) {
        title = s.title();
        required = s.required();
        passPercent = s.passPercent();
        attemptsAllowed = s.attemptsAllowed();
        grading = s.grading();
        timeLimitMinutes = s.timeLimitMinutes();
        shuffleOptions = s.shuffleOptions();
        drawCount = s.drawCount();
        drawCategory = s.drawCategory();
        review = s.review();
    }

    public QuizSettings settings() {
        return new QuizSettings(title, required, passPercent, attemptsAllowed, grading, timeLimitMinutes,
                shuffleOptions, drawCount, drawCategory, review);
    }

    public long courseId() {
        return courseId;
    }
}
