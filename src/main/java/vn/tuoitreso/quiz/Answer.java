package vn.tuoitreso.quiz;

import java.util.Map;
import java.util.Set;

/** What a learner gave for one question, in the indices shown on their screen. */
public sealed interface Answer {

    record Chosen(int shownIndex) implements Answer {
    }

    record ChosenMany(Set<Integer> shownIndices) implements Answer {
        public ChosenMany {
            shownIndices = Set.copyOf(shownIndices);
        }
    }

    record Truth(boolean value) implements Answer {
    }

    record Typed(String text) implements Answer {
    }

    /** Prompt index → shown answer index. */
    record Matched(Map<Integer, Integer> matches) implements Answer {
        public Matched {
            matches = Map.copyOf(matches);
        }
    }
}
