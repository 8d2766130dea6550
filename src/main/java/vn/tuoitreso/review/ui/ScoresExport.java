package vn.tuoitreso.review.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.review.JudgeWork;
import vn.tuoitreso.review.Ranking;
import vn.tuoitreso.review.RankingRow;
import vn.tuoitreso.review.RubricCriterion;
import vn.tuoitreso.shared.export.Column;
import vn.tuoitreso.shared.export.Rows;
import vn.tuoitreso.shared.export.Sheet;

/**
 * The organisers' exports of a round's review, as tables for the shared exporter: every judge's score per
 * criterion (with the idea's rank and figures), read a page of assignments at a time, and the ranking (a
 * second sheet in the workbook). Figures are numbers, rounded to two decimals; what people typed stays text.
 */
final class ScoresExport {

    /** Assignments read from the database a page at a time. */
    static final int PAGE = 500;

    private ScoresExport() {
    }

    static Sheet scores(Rows.Page<JudgeWork> work, List<RubricCriterion> rubric, Ranking ranking,
            Function<String, String> t) {
        Map<Long, RankingRow> byIdea = ranking.rows().stream()
                .collect(Collectors.toMap(r -> r.idea().submissionId(), r -> r));
        List<Column> columns = new ArrayList<>(List.of(Column.text(t.apply("review.col.code")),
                Column.text(t.apply("review.col.title")), Column.text(t.apply("review.col.category")),
                Column.number(t.apply("review.col.rank")), Column.number(t.apply("review.col.normalised")),
                Column.number(t.apply("review.col.mean")), Column.text(t.apply("review.col.judge")),
                Column.text(t.apply("review.col.state"))));
        rubric.forEach(c -> columns.add(Column.number(c.name())));
        columns.add(Column.number(t.apply("review.col.total")));
        columns.add(Column.text(t.apply("review.sheet.comment")));
        return new Sheet(t.apply("review.export.scoresSheet"), columns, Rows.paged(PAGE, work, w -> {
            RankingRow r = byIdea.get(w.idea().submissionId());
            List<@Nullable Object> line = new ArrayList<>(Arrays.asList(w.idea().code(), w.idea().title(),
                    w.idea().categoryName(), r == null || r.rank() == 0 ? null : r.rank(),
                    r == null ? null : figure(r.normalised()), r == null ? null : figure(r.weightedMean()),
                    w.judgeName(), t.apply(w.state().messageKey())));
            rubric.forEach(c -> line.add(w.scores().containsKey(c.id()) ? figure(w.scores().get(c.id())) : null));
            line.add(figure(w.total()));
            line.add(w.comment());
            return line;
        }));
    }

    static Sheet ranking(Ranking ranking, Function<String, String> t) {
        List<Column> columns = List.of(Column.text(t.apply("review.col.category")),
                Column.number(t.apply("review.col.rank")), Column.text(t.apply("review.col.code")),
                Column.text(t.apply("review.col.title")), Column.text(t.apply("review.col.scored")),
                Column.number(t.apply("review.col.mean")), Column.number(t.apply("review.col.normalised")),
                Column.number(t.apply("review.col.spread")), Column.text(t.apply("review.col.flag")));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (RankingRow r : ranking.rows()) {
            rows.add(Arrays.asList(r.idea().categoryName(), r.rank() == 0 ? null : r.rank(), r.idea().code(),
                    r.idea().title(), r.scored() + "/" + r.assigned(), figure(r.weightedMean()),
                    figure(r.normalised()), figure(r.spread()),
                    r.disagreement() ? t.apply("review.ranking.disagree") : ""));
        }
        return new Sheet(t.apply("review.export.rankingSheet"), columns, Rows.of(rows));
    }

    private static double figure(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
