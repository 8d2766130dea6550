package vn.tuoitreso.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A final quiz that leads to a certificate: what it is unless an organiser changes it. */
class QuizSettingsTest {

    @Test
    void a_final_quiz_allows_three_attempts_and_shows_the_right_answers_only_after_the_last() {
        QuizSettings quiz = QuizSettings.finalQuiz("Bài kiểm tra cuối khóa");
        assertThat(quiz.attemptsAllowed()).isEqualTo(3);
        assertThat(quiz.review()).isEqualTo(ReviewPolicy.AFTER_LAST_ATTEMPT);
        assertThat(quiz.required()).isTrue();
        assertThat(quiz.drawCount()).isNull();
    }

    @Test
    void drawing_from_the_bank_keeps_the_final_quizs_limits() {
        QuizSettings quiz = QuizSettings.finalQuiz("Bài kiểm tra cuối khóa").drawing(10, "An toàn trên mạng");
        assertThat(quiz.drawCount()).isEqualTo(10);
        assertThat(quiz.drawCategory()).isEqualTo("An toàn trên mạng");
        assertThat(quiz.attemptsAllowed()).isEqualTo(3);
        assertThat(quiz.review()).isEqualTo(ReviewPolicy.AFTER_LAST_ATTEMPT);
    }
}
