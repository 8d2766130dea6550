package vn.tuoitreso.quiz.gift;

import java.util.List;
import vn.tuoitreso.quiz.model.Question;

/**
 * What reading a GIFT file gave. A file with any problem imports nothing: {@link #questions()} and
 * {@link #categories()} are then empty, so a half-broken file cannot be imported by mistake. Questions of
 * types quizzes cannot score are listed in {@link #unsupported()} and left out, but do not stop the rest.
 *
 * @param questions   the questions, in file order, each carrying its category
 * @param categories  the non-empty {@code $CATEGORY} paths, each once, in file order
 * @param problems    mistakes in the file, in file order
 * @param unsupported questions left out because their type is not supported, in file order
 */
public record GiftImport(List<Question> questions, List<String> categories, List<GiftProblem> problems,
        List<GiftProblem> unsupported) {

    public GiftImport {
        questions = List.copyOf(questions);
        categories = List.copyOf(categories);
        problems = List.copyOf(problems);
        unsupported = List.copyOf(unsupported);
        if (!problems.isEmpty() && !(questions.isEmpty() && categories.isEmpty())) {
            throw new IllegalArgumentException("A file with problems imports nothing");
        }
    }

    /** Whether the file has no problem, so its questions may be imported. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
