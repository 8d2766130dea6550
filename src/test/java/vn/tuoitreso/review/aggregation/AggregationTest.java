package vn.tuoitreso.review.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.review.aggregation.Aggregation.Criterion;
import vn.tuoitreso.review.aggregation.Aggregation.Idea;
import vn.tuoitreso.review.aggregation.Aggregation.IdeaResult;
import vn.tuoitreso.review.aggregation.Aggregation.Result;
import vn.tuoitreso.review.aggregation.Aggregation.Sheet;

class AggregationTest {

    /** Creativity 0–30 weighing 2, presentation 0–10 weighing 1: the largest total is 70. */
    private static final List<Criterion> RUBRIC = List.of(new Criterion(1, 2, 0, 30), new Criterion(2, 1, 0, 10));

    private static Sheet sheet(long idea, long judge, double creativity, double presentation) {
        return new Sheet(idea, judge, Map.of(1L, creativity, 2L, presentation));
    }

    private static IdeaResult of(Result result, long idea) {
        return result.ideas().stream().filter(r -> r.ideaId() == idea).findFirst().orElseThrow();
    }

    @Test
    void a_total_weighs_each_criterion() {
        assertThat(Aggregation.total(sheet(1, 9, 20, 7), RUBRIC)).isEqualTo(47.0); // 2·20 + 7
        assertThat(Aggregation.range(RUBRIC)).isEqualTo(70.0);
    }

    @Test
    void a_harsh_and_a_lenient_judge_differ_in_raw_means_but_agree_once_normalised() {
        List<Idea> ideas = List.of(new Idea(1, "YT-A", 5L), new Idea(2, "YT-B", 5L), new Idea(3, "YT-C", 5L));
        // harsh judge 7: totals 20, 30, 40 (mean 30); lenient judge 8: totals 50, 60, 70 (mean 60)
        List<Sheet> sheets = List.of(sheet(1, 7, 10, 0), sheet(2, 7, 10, 10), sheet(3, 7, 15, 10),
                sheet(1, 8, 25, 0), sheet(2, 8, 25, 10), sheet(3, 8, 30, 10));

        Map<Long, Map<Long, Double>> z = Aggregation.zScores(sheets, RUBRIC);
        // population sd of {20, 30, 40} is √(200/3) = 8.16497; z = ±10 / 8.16497 = ±1.22474
        assertThat(z.get(7L).get(1L)).isCloseTo(-1.22474, within(1e-5));
        assertThat(z.get(7L).get(2L)).isCloseTo(0.0, within(1e-9));
        assertThat(z.get(8L).get(3L)).isCloseTo(1.22474, within(1e-5));
        assertThat(z.get(7L)).isEqualTo(z.get(8L));

        Result result = Aggregation.aggregate(ideas, sheets, RUBRIC, Aggregation.DEFAULT_DISAGREEMENT_SHARE);
        assertThat(of(result, 1).weightedMean()).isEqualTo(35.0); // (20 + 50) / 2
        assertThat(of(result, 3).normalised()).isCloseTo(1.22474, within(1e-5));
        assertThat(result.ideas().stream().sorted(Comparator.comparingInt(IdeaResult::rank)).map(IdeaResult::code))
                .containsExactly("YT-C", "YT-B", "YT-A");
        // spread 30 > 0.2 · 70 = 14: the judges disagree on every idea
        assertThat(of(result, 2).spread()).isEqualTo(30.0);
        assertThat(of(result, 2).disagreement()).isTrue();
    }

    @Test
    void a_judge_with_one_score_or_identical_scores_counts_as_average() {
        List<Sheet> sheets = List.of(sheet(1, 7, 30, 10), sheet(1, 8, 10, 5), sheet(2, 8, 10, 5));

        Map<Long, Map<Long, Double>> z = Aggregation.zScores(sheets, RUBRIC);

        assertThat(z.get(7L)).containsEntry(1L, 0.0);
        assertThat(z.get(8L)).containsEntry(1L, 0.0).containsEntry(2L, 0.0);
    }

    @Test
    void ties_are_broken_by_weighted_mean_then_spread_then_code_and_categories_rank_apart() {
        // judge 7 scored only 1 and 2, equally; judge 8 only 3 and 4, equally: every z-score is 0
        List<Idea> ideas = List.of(new Idea(1, "YT-B", 5L), new Idea(2, "YT-A", 5L), new Idea(3, "YT-D", 5L),
                new Idea(4, "YT-C", 6L), new Idea(5, "YT-E", 6L));
        List<Sheet> sheets = List.of(sheet(1, 7, 20, 0), sheet(2, 7, 20, 0), sheet(3, 8, 25, 0), sheet(3, 9, 15, 0),
                sheet(4, 8, 25, 0), sheet(4, 9, 15, 0));

        Result result = Aggregation.aggregate(ideas, sheets, RUBRIC, 0.5);

        // all at normalised 0 and mean 40; idea 3 has spread 20, ideas 1 and 2 none: 2 (YT-A) before 1 (YT-B)
        assertThat(of(result, 2).rank()).isEqualTo(1);
        assertThat(of(result, 1).rank()).isEqualTo(2);
        assertThat(of(result, 3).rank()).isEqualTo(3);
        assertThat(of(result, 3).disagreement()).isFalse(); // 20 ≤ 0.5 · 70
        assertThat(of(result, 4).rank()).isEqualTo(1);
        assertThat(of(result, 5).rank()).isZero(); // not scored yet
        assertThat(of(result, 5).judges()).isZero();
    }

    @Test
    void agreement_is_the_one_way_intraclass_correlation_computed_by_hand() {
        // means 1.5, 3.5, 5.5, grand 3.5: MSB = 2·(4 + 0 + 4) / 2 = 8; MSW = 6 · 0.25 / 3 = 0.5; n0 = 2
        // ICC(1) = (8 − 0.5) / (8 + 0.5) = 0.882353
        assertThat(Aggregation.icc1(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0), List.of(5.0, 6.0))))
                .isCloseTo(0.882353, within(1e-6));
        // unequal groups: {2, 4, 6} and {10, 12}: N = 5, grand 6.8; SSB = 3·(4−6.8)² + 2·(11−6.8)² = 23.52 + 35.28 = 58.8
        // SSW = 8 + 2 = 10, MSW = 10/3; n0 = (5 − 13/5) / 1 = 2.4; ICC = (58.8 − 3.3333)/(58.8 + 1.4·3.3333) = 0.873950
        assertThat(Aggregation.icc1(List.of(List.of(2.0, 4.0, 6.0), List.of(10.0, 12.0))))
                .isCloseTo(0.873950, within(1e-6));
        assertThat(Aggregation.icc1(List.of(List.of(1.0, 2.0)))).isNaN();
    }
}
