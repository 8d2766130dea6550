package vn.tuoitreso.review;

import java.util.List;
import java.util.Map;

/**
 * Who judges which idea, as proposed (before the organiser confirms it) or as it stands.
 *
 * @param pairs        every idea with its judges (the ones kept and the ones proposed)
 * @param loads        each judge's number of ideas
 * @param shortIdeas   ideas that cannot get the panel's number of judges, with how many they can get
 * @param tooFewJudges the panel has fewer judges than each idea needs
 */
public record AssignmentProposal(List<Pair> pairs, Map<Long, Integer> loads, Map<IdeaRef, Integer> shortIdeas,
        boolean tooFewJudges, Map<Long, String> judgeNames) {

    public AssignmentProposal {
        pairs = List.copyOf(pairs);
        loads = Map.copyOf(loads);
        shortIdeas = Map.copyOf(shortIdeas);
        judgeNames = Map.copyOf(judgeNames);
    }

    /** An idea and one of its judges; {@code kept} when it was confirmed before. */
    public record Pair(IdeaRef idea, long judgeId, boolean kept) {
    }

    public boolean complete() {
        return shortIdeas.isEmpty() && !tooFewJudges;
    }
}
