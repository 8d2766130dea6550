package vn.tuoitreso.quiz.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.quiz.model.Matching;
import vn.tuoitreso.quiz.model.MultipleChoice;
import vn.tuoitreso.quiz.model.NumericRule;
import vn.tuoitreso.quiz.model.Numerical;
import vn.tuoitreso.quiz.model.Question;
import vn.tuoitreso.quiz.model.ShortAnswer;
import vn.tuoitreso.quiz.model.SingleChoice;
import vn.tuoitreso.quiz.model.TrueFalse;
import vn.tuoitreso.quiz.scoring.Response;
import vn.tuoitreso.quiz.scoring.Scorer;

/** The quizzes of the seed courses, read from the project root where tests run. */
class GiftSeedFilesTest {

    private static List<Path> quizFiles() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("seed-content/courses"))) {
            return folders.map(folder -> folder.resolve("quiz.gift")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void the_eleven_seed_quizzes_read_without_problems_or_unsupported_questions() throws IOException {
        List<Path> files = quizFiles();
        assertThat(files).hasSize(11);
        for (Path file : files) {
            GiftImport quiz = GiftParser.parse(file);
            assertThat(quiz.problems()).as(file.toString()).isEmpty();
            assertThat(quiz.unsupported()).as(file.toString()).isEmpty();
            assertThat(quiz.questions()).as(file.toString()).hasSizeGreaterThanOrEqualTo(11);
            assertThat(quiz.categories()).as(file.toString()).singleElement().asString().startsWith("$course$/");
            Set<Class<?>> types = quiz.questions().stream().map(Object::getClass).collect(Collectors.toSet());
            assertThat(types).as(file.toString()).contains(SingleChoice.class, MultipleChoice.class, TrueFalse.class,
                    ShortAnswer.class);
        }
    }

    @Test
    void every_seed_question_gives_full_marks_for_its_right_answer() throws IOException {
        for (Path file : quizFiles()) {
            for (Question question : GiftParser.parse(file).questions()) {
                assertThat(Scorer.score(question, rightResponse(question)).correct())
                        .as(file.getParent().getFileName() + ": " + question.name()).isTrue();
            }
        }
    }

    @Test
    void every_seed_quiz_survives_a_round_trip() throws IOException {
        for (Path file : quizFiles()) {
            List<Question> questions = GiftParser.parse(file).questions();
            assertThat(GiftParser.parse(GiftWriter.write(questions)).questions()).as(file.toString())
                    .containsExactlyElementsOf(questions);
        }
    }

    private static Response rightResponse(Question question) {
        if (question instanceof SingleChoice single) {
            return new Response.OneChoice(single.correctIndex());
        }
        if (question instanceof MultipleChoice multiple) {
            return new Response.SeveralChoices(IntStream.range(0, multiple.choices().size())
                    .filter(i -> multiple.choices().get(i).fraction() > 0).boxed().collect(Collectors.toSet()));
        }
        if (question instanceof TrueFalse trueFalse) {
            return new Response.TrueOrFalse(trueFalse.correct());
        }
        if (question instanceof ShortAnswer shortAnswer) {
            return new Response.Text(shortAnswer.answers().get(0).text());
        }
        if (question instanceof Numerical numerical) {
            NumericRule rule = numerical.answers().get(0).rule();
            return Response.Number.of(
                    rule instanceof NumericRule.Tolerance t ? t.value() : ((NumericRule.Exact) rule).value());
        }
        Matching matching = (Matching) question;
        Map<Integer, Integer> matches = new HashMap<>();
        for (int i = 0; i < matching.pairs().size(); i++) {
            matches.put(i, matching.answers().indexOf(matching.pairs().get(i).answer()));
        }
        return new Response.Matches(matches);
    }
}
