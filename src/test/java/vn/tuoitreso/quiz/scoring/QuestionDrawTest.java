package vn.tuoitreso.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.quiz.model.Question;
import vn.tuoitreso.quiz.model.Stem;
import vn.tuoitreso.quiz.model.TrueFalse;

class QuestionDrawTest {

    private static final List<Question> BANK = IntStream.rangeClosed(1, 11)
            .mapToObj(i -> (Question) new TrueFalse(Stem.of("Câu " + i, "Phát biểu số " + i + " đúng."), i % 2 == 0,
                    null, null))
            .toList();

    @Test
    void a_draw_gives_that_many_different_questions_from_the_bank() {
        List<Question> drawn = QuestionDraw.draw(BANK, 5, new SplittableRandom(7));
        assertThat(drawn).hasSize(5).doesNotHaveDuplicates();
        assertThat(BANK).containsAll(drawn);
    }

    @Test
    void the_same_seed_draws_the_same_questions_and_another_seed_others() {
        assertThat(QuestionDraw.draw(BANK, 5, new SplittableRandom(7)))
                .isEqualTo(QuestionDraw.draw(BANK, 5, new SplittableRandom(7)))
                .isNotEqualTo(QuestionDraw.draw(BANK, 5, new SplittableRandom(8)));
    }

    @Test
    void drawing_the_whole_bank_shuffles_it() {
        List<Question> drawn = QuestionDraw.draw(BANK, BANK.size(), new SplittableRandom(3));
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(BANK).isNotEqualTo(BANK);
    }

    @Test
    void drawing_none_gives_none() {
        assertThat(QuestionDraw.draw(BANK, 0, new SplittableRandom(1))).isEmpty();
    }

    @Test
    void drawing_more_than_the_bank_holds_is_refused_with_both_numbers() {
        assertThatThrownBy(() -> QuestionDraw.draw(BANK, 12, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot draw 12 questions from a bank of 11 questions");
        assertThatThrownBy(() -> QuestionDraw.draw(BANK, -1, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_question_is_about_equally_likely_to_be_drawn() {
        SplittableRandom random = new SplittableRandom(2025);
        Map<Question, Integer> counts = new HashMap<>();
        int draws = 11_000;
        for (int i = 0; i < draws; i++) {
            QuestionDraw.draw(BANK, 3, random).forEach(q -> counts.merge(q, 1, Integer::sum));
        }
        // each question is expected 3000 times; a fair draw stays well within ±10%
        assertThat(counts).hasSize(11);
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(2700, 3300));
    }

    @Test
    void a_draw_leaves_the_bank_as_it_was() {
        List<Question> bank = new java.util.ArrayList<>(BANK);
        QuestionDraw.draw(bank, 6, new SplittableRandom(9));
        assertThat(bank).isEqualTo(BANK);
    }
}
