package vn.tuoitreso.review.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tuoitreso.review.JudgeWork;
import vn.tuoitreso.review.Ranking;
import vn.tuoitreso.review.RankingRow;
import vn.tuoitreso.review.RubricCriterion;

/**
 * The organisers' exports of a round's review: every judge's score per criterion (with the idea's rank and
 * figures), as CSV for Excel (UTF-8 with a byte order mark, RFC 4180, CRLF, formulas defused, like the
 * submission list) and as a workbook with a second sheet for the ranking.
 */
final class ScoresExport {

    static final String CSV_TYPE = "text/csv;charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ScoresExport() {
    }

    static List<List<String>> scoreRows(List<JudgeWork> work, List<RubricCriterion> rubric, Ranking ranking,
            Function<String, String> t) {
        Map<Long, RankingRow> byIdea = ranking.rows().stream()
                .collect(Collectors.toMap(r -> r.idea().submissionId(), r -> r));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(t.apply("review.col.code"), t.apply("review.col.title"),
                t.apply("review.col.category"), t.apply("review.col.rank"), t.apply("review.col.normalised"),
                t.apply("review.col.mean"), t.apply("review.col.judge"), t.apply("review.col.state")));
        rubric.forEach(c -> header.add(c.name()));
        header.add(t.apply("review.col.total"));
        header.add(t.apply("review.sheet.comment"));
        rows.add(header);
        for (JudgeWork w : work) {
            RankingRow r = byIdea.get(w.idea().submissionId());
            List<String> line = new ArrayList<>(List.of(w.idea().code(), w.idea().title(), w.idea().categoryName(),
                    r == null || r.rank() == 0 ? "" : Integer.toString(r.rank()),
                    r == null ? "" : figure(r.normalised()), r == null ? "" : figure(r.weightedMean()),
                    w.judgeName(), t.apply(w.state().messageKey())));
            rubric.forEach(c -> line.add(w.scores().containsKey(c.id()) ? figure(w.scores().get(c.id())) : ""));
            line.add(figure(w.total()));
            line.add(w.comment());
            rows.add(line);
        }
        return rows;
    }

    static List<List<String>> rankingRows(Ranking ranking, Function<String, String> t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.apply("review.col.category"), t.apply("review.col.rank"), t.apply("review.col.code"),
                t.apply("review.col.title"), t.apply("review.col.scored"), t.apply("review.col.mean"),
                t.apply("review.col.normalised"), t.apply("review.col.spread"), t.apply("review.col.flag")));
        for (RankingRow r : ranking.rows()) {
            rows.add(List.of(r.idea().categoryName(), r.rank() == 0 ? "" : Integer.toString(r.rank()),
                    r.idea().code(), r.idea().title(), r.scored() + "/" + r.assigned(), figure(r.weightedMean()),
                    figure(r.normalised()), figure(r.spread()), r.disagreement() ? t.apply("review.ranking.disagree")
                            : ""));
        }
        return rows;
    }

    static byte[] csv(List<JudgeWork> work, List<RubricCriterion> rubric, Ranking ranking,
            Function<String, String> t) {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : scoreRows(work, rubric, ranking, t)) {
            csv.append(row.stream().map(ScoresExport::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] xlsx(List<JudgeWork> work, List<RubricCriterion> rubric, Ranking ranking,
            Function<String, String> t) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook, t.apply("review.export.scoresSheet"), scoreRows(work, rubric, ranking, t));
            sheet(workbook, t.apply("review.export.rankingSheet"), rankingRows(ranking, t));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook workbook, String name, List<List<String>> rows) {
        XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        for (int r = 0; r < rows.size(); r++) {
            Row line = sheet.createRow(r);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String value = cells.get(c);
                // figures as numbers; everything typed by people stays text, so nothing runs as a formula
                if (r > 0 && value.matches("-?\\d+(\\.\\d+)?")) {
                    line.createCell(c).setCellValue(Double.parseDouble(value));
                } else {
                    line.createCell(c).setCellValue(value);
                }
            }
        }
    }

    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String figure(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
