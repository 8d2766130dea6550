package vn.tuoitreso.quiz.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question where each prompt is matched with one answer from a shared list. The list holds the
 * pairs' answers and any distractors, which match no prompt.
 */
public record Matching(Stem stem, List<Pair> pairs, List<String> distractors) implements Question {

    /** Fewest pairs a matching question has, as GIFT asks. */
    public static final int MIN_PAIRS = 3;

    /** A prompt and the answer it is matched with. */
    public record Pair(String prompt, String answer) {

        public Pair {
            prompt = Checks.text(prompt, "prompt");
            answer = Checks.text(answer, "answer");
        }
    }

    public Matching {
        Objects.requireNonNull(stem, "stem");
        pairs = Checks.atLeast(MIN_PAIRS, pairs, "pairs");
        List<String> clean = new ArrayList<>();
        for (String distractor : distractors) {
            clean.add(Checks.text(distractor, "distractor"));
        }
        distractors = List.copyOf(clean);
    }

    public Matching(Stem stem, List<Pair> pairs) {
        this(stem, pairs, List.of());
    }

    /** The answers a learner chooses from: each distinct answer once, pairs' answers first. */
    public List<String> answers() {
        Set<String> answers = new LinkedHashSet<>();
        pairs.forEach(pair -> answers.add(pair.answer()));
        answers.addAll(distractors);
        return List.copyOf(answers);
    }

    @Override
    public Matching withStem(Stem stem) {
        return new Matching(stem, pairs, distractors);
    }
}
