package vn.tuoitreso.review.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every idea {@code perIdea} judges, never a judge in conflict with it, and every judge a load as even as
 * the conflicts allow. It is exact: a minimum-cost maximum flow from ideas to judges, where a judge's t-th idea
 * costs {@code 2·(load+t)+1} (the growth of load²), so the most pairs are made and, among those, the sum of the
 * squared loads is the least — which spreads the work within ±1 whenever the conflicts permit it. Pairs already
 * made ({@code kept}) stay and count towards both the idea's judges and the judge's load.
 */
public final class AssignmentSolver {

    /** An idea judged by a judge. */
    public record Pair(long ideaId, long judgeId) {
    }

    /**
     * @param ideas     the ideas to judge, in a stable order
     * @param judges    the panel, in a stable order
     * @param perIdea   judges each idea needs (k)
     * @param conflicts pairs that must never be made
     * @param kept      pairs made before, which stay
     */
    public record Input(List<Long> ideas, List<Long> judges, int perIdea, Set<Pair> conflicts, Set<Pair> kept) {

        public Input {
            ideas = List.copyOf(ideas);
            judges = List.copyOf(judges);
            conflicts = Set.copyOf(conflicts);
            kept = Set.copyOf(kept);
        }
    }

    /**
     * @param added     the new pairs
     * @param loads     each judge's ideas, kept and added
     * @param shortIdeas ideas that could not get {@code perIdea} judges, with how many they have
     * @param tooFewJudges whether the panel is smaller than {@code perIdea}, so that no idea can be served
     */
    public record Solution(List<Pair> added, Map<Long, Integer> loads, Map<Long, Integer> shortIdeas,
            boolean tooFewJudges) {

        public boolean complete() {
            return shortIdeas.isEmpty() && !tooFewJudges;
        }
    }

    private AssignmentSolver() {
    }

    public static Solution solve(Input input) {
        List<Long> ideas = input.ideas();
        List<Long> judges = input.judges();
        Map<Long, Integer> keptPerIdea = new HashMap<>();
        Map<Long, Integer> loads = new LinkedHashMap<>();
        judges.forEach(j -> loads.put(j, 0));
        Set<Long> ideaSet = Set.copyOf(ideas);
        for (Pair pair : input.kept()) {
            if (ideaSet.contains(pair.ideaId()) && loads.containsKey(pair.judgeId())) {
                keptPerIdea.merge(pair.ideaId(), 1, Integer::sum);
                loads.merge(pair.judgeId(), 1, Integer::sum);
            }
        }
        int source = 0;
        int sink = 1;
        int firstIdea = 2;
        int firstJudge = firstIdea + ideas.size();
        MinCostFlow network = new MinCostFlow(firstJudge + judges.size());
        int totalNeed = 0;
        Map<Integer, Pair> pairEdges = new LinkedHashMap<>();
        for (int i = 0; i < ideas.size(); i++) {
            long idea = ideas.get(i);
            int need = Math.max(0, input.perIdea() - keptPerIdea.getOrDefault(idea, 0));
            if (need == 0) {
                continue;
            }
            totalNeed += need;
            network.addEdge(source, firstIdea + i, need, 0);
            for (int j = 0; j < judges.size(); j++) {
                Pair pair = new Pair(idea, judges.get(j));
                if (!input.conflicts().contains(pair) && !input.kept().contains(pair)) {
                    pairEdges.put(network.addEdge(firstIdea + i, firstJudge + j, 1, 0), pair);
                }
            }
        }
        int slots = Math.min(totalNeed, ideas.size());
        for (int j = 0; j < judges.size(); j++) {
            int load = loads.get(judges.get(j));
            for (int t = 0; t < slots; t++) {
                network.addEdge(firstJudge + j, sink, 1, 2 * (load + t) + 1);
            }
        }
        network.run(source, sink);
        List<Pair> added = new ArrayList<>();
        Map<Long, Integer> judged = new HashMap<>(keptPerIdea);
        pairEdges.forEach((edge, pair) -> {
            if (network.flow(edge) > 0) {
                added.add(pair);
                loads.merge(pair.judgeId(), 1, Integer::sum);
                judged.merge(pair.ideaId(), 1, Integer::sum);
            }
        });
        Map<Long, Integer> shortIdeas = new LinkedHashMap<>();
        for (long idea : new LinkedHashSet<>(ideas)) {
            int has = judged.getOrDefault(idea, 0);
            if (has < input.perIdea()) {
                shortIdeas.put(idea, has);
            }
        }
        return new Solution(List.copyOf(added), loads, shortIdeas, judges.size() < input.perIdea());
    }
}
