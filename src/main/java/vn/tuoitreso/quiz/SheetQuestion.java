package vn.tuoitreso.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A question as the browser receives it: the text, the options in the order shown, the prompts
 * and answers of a matching question, and what the learner saved so far — never a weight, a right
 * answer or a feedback.
 */
public record SheetQuestion(int slot, QuestionKind kind, String html, List<String> options, List<String> prompts,
        List<String> matchAnswers, @Nullable Integer chosen, Set<Integer> chosenMany, @Nullable Boolean truth,
        String text, Map<Integer, Integer> matches) {

    public SheetQuestion {
        options = List.copyOf(options);
        prompts = List.copyOf(prompts);
        matchAnswers = List.copyOf(matchAnswers);
        chosenMany = Set.copyOf(chosenMany);
        matches = Map.copyOf(matches);
    }
}
