package vn.tuoitreso.review.aggregation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The round's results from the judges' submitted score sheets, as pure arithmetic.
 *
 * <ul>
 * <li><b>Total</b> of a sheet: Σ weight × score over the criteria (with the weights at 1 and the scales of the
 * rules' scoring table, the points out of 100).</li>
 * <li><b>Weighted mean</b> of an idea: the mean of its judges' totals.</li>
 * <li><b>Normalised score</b>: each judge's totals are turned into z-scores over the ideas that judge scored
 * ((total − judge's mean) / judge's standard deviation, population form), then an idea's z-scores are averaged.
 * A judge who scored one idea only, or gave every idea the same total, tells nothing about which idea is better:
 * their z-scores are 0 (the idea counts as average for that judge).</li>
 * <li><b>Spread</b>: highest minus lowest total of an idea's judges; the judges <b>disagree</b> when the spread
 * exceeds {@code disagreementShare} of the largest possible spread (the rubric's range).</li>
 * <li><b>Ranking</b> per category: normalised score, then weighted mean (higher first), then spread (smaller
 * first), then the idea's code (alphabetical) — so that no two ideas share a rank.</li>
 * <li><b>Agreement</b>: ICC(1), the one-way intraclass correlation with unequal numbers of judges per idea
 * (Shrout and Fleiss, with the adjusted group size n₀), over the ideas with at least two judges: the share of the
 * variance of totals that lies between ideas rather than between judges of one idea; 1 means judges agree
 * perfectly, 0 or below means no better than chance. NaN when it cannot be computed.</li>
 * </ul>
 */
public final class Aggregation {

    public static final double DEFAULT_DISAGREEMENT_SHARE = 0.2;

    /** A rubric criterion: its weight and scale. */
    public record Criterion(long id, double weight, double min, double max) {
    }

    /** A judge's submitted scores for an idea, by criterion ID. */
    public record Sheet(long ideaId, long judgeId, Map<Long, Double> scores) {

        public Sheet {
            scores = Map.copyOf(scores);
        }
    }

    /** An idea to rank: its code (the last tie-break) and category (null: none). */
    public record Idea(long ideaId, String code, @Nullable Long categoryId) {
    }

    /** An idea's figures; {@code rank} is within its category, 0 when no judge has scored it yet. */
    public record IdeaResult(long ideaId, String code, @Nullable Long categoryId, int judges, double weightedMean,
            double normalised, double spread, boolean disagreement, int rank) {
    }

    /** Every idea's figures, ranked within their categories, and the round's agreement (ICC(1)). */
    public record Result(List<IdeaResult> ideas, double agreement) {

        public Result {
            ideas = List.copyOf(ideas);
        }
    }

    private Aggregation() {
    }

    public static double total(Sheet sheet, List<Criterion> criteria) {
        double total = 0;
        for (Criterion c : criteria) {
            total += c.weight() * sheet.scores().getOrDefault(c.id(), 0.0);
        }
        return total;
    }

    /** The largest possible difference between two totals. */
    public static double range(List<Criterion> criteria) {
        return criteria.stream().mapToDouble(c -> c.weight() * (c.max() - c.min())).sum();
    }

    /** Each judge's z-score of each idea they scored: judge → idea → z. */
    public static Map<Long, Map<Long, Double>> zScores(List<Sheet> sheets, List<Criterion> criteria) {
        Map<Long, Map<Long, Double>> totals = new LinkedHashMap<>();
        for (Sheet s : sheets) {
            totals.computeIfAbsent(s.judgeId(), j -> new LinkedHashMap<>()).put(s.ideaId(), total(s, criteria));
        }
        Map<Long, Map<Long, Double>> z = new LinkedHashMap<>();
        totals.forEach((judge, byIdea) -> {
            double mean = byIdea.values().stream().mapToDouble(d -> d).average().orElse(0);
            double variance = byIdea.values().stream().mapToDouble(d -> (d - mean) * (d - mean)).average().orElse(0);
            double sd = Math.sqrt(variance);
            Map<Long, Double> scores = new LinkedHashMap<>();
            byIdea.forEach((idea, t) -> scores.put(idea, byIdea.size() < 2 || sd < 1e-9 ? 0.0 : (t - mean) / sd));
            z.put(judge, scores);
        });
        return z;
    }

    public static Result aggregate(List<Idea> ideas, List<Sheet> sheets, List<Criterion> criteria,
            double disagreementShare) {
        Map<Long, Map<Long, Double>> z = zScores(sheets, criteria);
        Map<Long, List<Double>> totalsByIdea = new HashMap<>();
        Map<Long, List<Double>> zByIdea = new HashMap<>();
        for (Sheet s : sheets) {
            totalsByIdea.computeIfAbsent(s.ideaId(), i -> new ArrayList<>()).add(total(s, criteria));
            zByIdea.computeIfAbsent(s.ideaId(), i -> new ArrayList<>()).add(z.get(s.judgeId()).get(s.ideaId()));
        }
        double limit = disagreementShare * range(criteria);
        List<IdeaResult> unranked = new ArrayList<>();
        for (Idea idea : ideas) {
            List<Double> totals = totalsByIdea.getOrDefault(idea.ideaId(), List.of());
            double mean = totals.stream().mapToDouble(d -> d).average().orElse(0);
            double normalised = zByIdea.getOrDefault(idea.ideaId(), List.of()).stream().mapToDouble(d -> d)
                    .average().orElse(0);
            double spread = totals.isEmpty() ? 0
                    : totals.stream().mapToDouble(d -> d).max().orElse(0)
                            - totals.stream().mapToDouble(d -> d).min().orElse(0);
            unranked.add(new IdeaResult(idea.ideaId(), idea.code(), idea.categoryId(), totals.size(), mean,
                    normalised, spread, totals.size() >= 2 && spread > limit + 1e-9, 0));
        }
        return new Result(rank(unranked), icc1(new ArrayList<>(totalsByIdea.values())));
    }

    /** The tie-breaks of the ranking: normalised, weighted mean, spread, code. */
    public static final Comparator<IdeaResult> ORDER = Comparator.comparingDouble(IdeaResult::normalised).reversed()
            .thenComparing(Comparator.comparingDouble(IdeaResult::weightedMean).reversed())
            .thenComparingDouble(IdeaResult::spread)
            .thenComparing(IdeaResult::code);

    private static List<IdeaResult> rank(List<IdeaResult> results) {
        Map<Object, List<IdeaResult>> byCategory = new LinkedHashMap<>();
        for (IdeaResult r : results) {
            byCategory.computeIfAbsent(Objects.requireNonNullElse((Object) r.categoryId(), "none"),
                    c -> new ArrayList<>()).add(r);
        }
        List<IdeaResult> ranked = new ArrayList<>();
        byCategory.values().forEach(group -> {
            List<IdeaResult> scored = group.stream().filter(r -> r.judges() > 0).sorted(ORDER).toList();
            for (int i = 0; i < scored.size(); i++) {
                IdeaResult r = scored.get(i);
                ranked.add(new IdeaResult(r.ideaId(), r.code(), r.categoryId(), r.judges(), r.weightedMean(),
                        r.normalised(), r.spread(), r.disagreement(), i + 1));
            }
            group.stream().filter(r -> r.judges() == 0).sorted(Comparator.comparing(IdeaResult::code))
                    .forEach(ranked::add);
        });
        return ranked;
    }

    /** ICC(1) of groups of ratings (one group per idea); groups with fewer than two ratings are left out. */
    public static double icc1(List<List<Double>> groups) {
        List<List<Double>> used = groups.stream().filter(g -> g.size() >= 2).toList();
        int a = used.size();
        int n = used.stream().mapToInt(List::size).sum();
        if (a < 2 || n - a < 1) {
            return Double.NaN;
        }
        double grand = used.stream().flatMap(List::stream).mapToDouble(d -> d).average().orElse(0);
        double ssb = 0;
        double ssw = 0;
        double sumSquares = 0;
        for (List<Double> g : used) {
            double mean = g.stream().mapToDouble(d -> d).average().orElse(0);
            ssb += g.size() * (mean - grand) * (mean - grand);
            for (double x : g) {
                ssw += (x - mean) * (x - mean);
            }
            sumSquares += (double) g.size() * g.size();
        }
        double msb = ssb / (a - 1);
        double msw = ssw / (n - a);
        double n0 = (n - sumSquares / n) / (a - 1);
        double denominator = msb + (n0 - 1) * msw;
        return Math.abs(denominator) < 1e-12 ? Double.NaN : (msb - msw) / denominator;
    }
}
