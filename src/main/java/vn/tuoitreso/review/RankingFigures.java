package vn.tuoitreso.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tuoitreso.review.aggregation.Aggregation;
import vn.tuoitreso.review.assignment.Assignment;

/** Turns the panel's assignments into the ranking, through {@link Aggregation}. */
final class RankingFigures {

    private RankingFigures() {
    }

    static Ranking of(List<IdeaRef> ideas, List<Assignment> assignments, List<RubricCriterion> rubric,
            Set<Long> judges, Map<Long, String> judgeNames) {
        List<Aggregation.Criterion> criteria = rubric.stream().map(Panels::figures).toList();
        List<Aggregation.Sheet> sheets = assignments.stream().filter(a -> a.state() == AssignmentState.SUBMITTED)
                .map(a -> new Aggregation.Sheet(a.submissionId(), a.judgeAccountId(), a.scores())).toList();
        Map<Long, IdeaRef> byId = new HashMap<>();
        ideas.forEach(i -> byId.put(i.submissionId(), i));
        List<Aggregation.Sheet> inRound = sheets.stream().filter(s -> byId.containsKey(s.ideaId())).toList();
        Aggregation.Result result = Aggregation.aggregate(ideas.stream()
                .map(i -> new Aggregation.Idea(i.submissionId(), i.code(), i.categoryId())).toList(), inRound,
                criteria, Aggregation.DEFAULT_DISAGREEMENT_SHARE);
        Map<Long, Integer> assigned = new HashMap<>();
        Map<Long, Integer> scored = new HashMap<>();
        Map<Long, int[]> progress = new HashMap<>();
        judges.forEach(j -> progress.put(j, new int[2]));
        for (Assignment a : assignments) {
            if (!a.active() || !byId.containsKey(a.submissionId())) {
                continue;
            }
            assigned.merge(a.submissionId(), 1, Integer::sum);
            int[] p = progress.computeIfAbsent(a.judgeAccountId(), j -> new int[2]);
            p[0]++;
            if (a.state() == AssignmentState.SUBMITTED) {
                scored.merge(a.submissionId(), 1, Integer::sum);
                p[1]++;
            }
        }
        List<RankingRow> rows = new ArrayList<>();
        for (Aggregation.IdeaResult r : result.ideas()) {
            rows.add(new RankingRow(byId.get(r.ideaId()), r.rank(), assigned.getOrDefault(r.ideaId(), 0),
                    scored.getOrDefault(r.ideaId(), 0), r.weightedMean(), r.normalised(), r.spread(),
                    r.disagreement()));
        }
        rows.sort(Comparator.comparing((RankingRow r) -> r.idea().categoryName())
                .thenComparingInt(r -> r.rank() == 0 ? Integer.MAX_VALUE : r.rank())
                .thenComparing(r -> r.idea().code()));
        List<Ranking.JudgeProgress> judgeProgress = progress.entrySet().stream()
                .map(e -> new Ranking.JudgeProgress(e.getKey(), judgeNames.getOrDefault(e.getKey(), ""),
                        e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(Ranking.JudgeProgress::name)).toList();
        return new Ranking(rows, result.agreement(), judgeProgress);
    }
}
