package vn.tuoitreso.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tuoitreso.search.lucene.LuceneSearchEngine;

/**
 * Search quality, measured in the style of trec_eval: loads a relevance set into each available engine and prints
 * recall@3, recall@10, MRR, nDCG@10, the queries that failed and the "must not rank above" rules broken. Run with
 * {@code ./mvnw -B -q test -Dtest=SearchEvaluation -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dsearch.eval.file=FILE]}. The project's own set ({@code search/relevance-vi.tsv}) must reach recall@3 ≥ 0.95.
 * Engines other than Lucene join through {@link EvaluatedEngine} (a {@link ServiceLoader} service in the tests).
 */
public class SearchEvaluation {

    private static final String OWN_SET = "/search/relevance-vi.tsv";
    private static final double TARGET_RECALL_AT_3 = 0.95;

    @TempDir Path folder;

    /** An engine to evaluate besides Lucene (Elasticsearch, when its test harness is there), started and stopped. */
    public interface EvaluatedEngine extends AutoCloseable {

        /** The engine, running; null when it cannot run here (it is then left out, with the reason printed). */
        @Nullable SearchEngine start();

        @Override
        void close();
    }

    record Query(String id, String text, List<String> relevant, List<String> notAbove) {
    }

    record Corpus(List<IndexedIdea> ideas, Map<String, Long> ids, List<Query> queries) {
    }

    record Scores(String engine, double recallAt3, double recallAt10, double mrr, double ndcgAt10,
            List<String> failed, List<String> broken) {
    }

    @Test
    void every_engine_finds_what_the_relevance_set_expects() throws IOException {
        String file = System.getProperty("search.eval.file");
        Corpus corpus = read(file == null ? ownSet() : Files.readString(Path.of(file), StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "%nRelevance set: %s (%d ideas, %d queries)%n",
                file == null ? OWN_SET : file, corpus.ideas().size(), corpus.queries().size());

        List<Scores> all = new ArrayList<>();
        try (LuceneSearchEngine lucene = new LuceneSearchEngine(folder.resolve("index"), Clock.systemUTC())) {
            all.add(evaluate(lucene, corpus));
        }
        for (EvaluatedEngine other : ServiceLoader.load(EvaluatedEngine.class)) {
            try (other) {
                SearchEngine engine = other.start();
                if (engine != null) {
                    all.add(evaluate(engine, corpus));
                }
            }
        }
        all.forEach(SearchEvaluation::print);
        if (file == null) {
            assertThat(all).allSatisfy(scores -> assertThat(scores.recallAt3()).as(scores.engine() + " recall@3")
                    .isGreaterThanOrEqualTo(TARGET_RECALL_AT_3));
        }
    }

    static Scores evaluate(SearchEngine engine, Corpus corpus) {
        engine.deleteAll();
        engine.upsertAll(corpus.ideas());
        Map<Long, String> names = new HashMap<>();
        corpus.ids().forEach((name, id) -> names.put(id, name));
        double recall3 = 0;
        double recall10 = 0;
        double mrr = 0;
        double ndcg = 0;
        List<String> failed = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Query query : corpus.queries()) {
            List<String> ranking = engine.search(SearchQuery.of(query.text()).withPageSize(10)).hits().stream()
                    .map(hit -> names.get(hit.submissionId())).toList();
            long in3 = query.relevant().stream().filter(id -> rank(ranking, id) < 3).count();
            long in10 = query.relevant().stream().filter(id -> rank(ranking, id) < 10).count();
            recall3 += (double) in3 / query.relevant().size();
            recall10 += (double) in10 / query.relevant().size();
            int first = ranking.stream().filter(query.relevant()::contains).findFirst().map(ranking::indexOf).orElse(-1);
            mrr += first < 0 ? 0 : 1.0 / (first + 1);
            double dcg = 0;
            for (int i = 0; i < Math.min(10, ranking.size()); i++) {
                dcg += query.relevant().contains(ranking.get(i)) ? 1 / log2(i + 2) : 0;
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(10, query.relevant().size()); i++) {
                ideal += 1 / log2(i + 2);
            }
            ndcg += dcg / ideal;
            if (in3 < query.relevant().size()) {
                failed.add(query.id() + " \"" + query.text() + "\" expected " + query.relevant() + " got "
                        + ranking.subList(0, Math.min(5, ranking.size())));
            }
            for (String other : query.notAbove()) {
                int otherRank = rank(ranking, other);
                for (String relevant : query.relevant()) {
                    if (otherRank < rank(ranking, relevant)) {
                        broken.add(query.id() + ": " + other + " above " + relevant);
                    }
                }
            }
        }
        int n = corpus.queries().size();
        return new Scores(engine.name(), recall3 / n, recall10 / n, mrr / n, ndcg / n, failed, broken);
    }

    private static int rank(List<String> ranking, String id) {
        int at = ranking.indexOf(id);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static void print(Scores s) {
        System.out.printf(Locale.ROOT, "%n== %s ==%nrecall@3  %.3f%nrecall@10 %.3f%nMRR       %.3f%nnDCG@10   %.3f%n",
                s.engine(), s.recallAt3(), s.recallAt10(), s.mrr(), s.ndcgAt10());
        System.out.printf(Locale.ROOT, "failed queries: %d%n", s.failed().size());
        s.failed().forEach(f -> System.out.println("  " + f));
        System.out.printf(Locale.ROOT, "broken \"must not rank above\" rules: %d%n", s.broken().size());
        s.broken().forEach(b -> System.out.println("  " + b));
    }

    private static String ownSet() throws IOException {
        try (InputStream in = SearchEvaluation.class.getResourceAsStream(OWN_SET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Reads the tab-separated set: {@code D} lines are ideas, {@code Q} lines queries, {@code #} comments. */
    static Corpus read(String text) {
        List<IndexedIdea> ideas = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        List<Query> queries = new ArrayList<>();
        Instant sent = Instant.parse("2026-11-02T03:00:00Z");
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.copyOf(line.split("\t", -1), 7);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i] == null ? "" : f[i].strip();
            }
            if (f[0].equals("D")) {
                long id = ids.size() + 1L;
                ids.put(f[1], id);
                List<IndexedIdea.AttachmentText> files = f[6].isEmpty() ? List.of()
                        : List.of(new IndexedIdea.AttachmentText(f[1] + ".txt", f[6]));
                ideas.add(new IndexedIdea(id, 1, "Cuộc thi", 1, "Vòng 1", null, null, null, null, "SUBMITTED",
                        sent.plusSeconds(id), f[2], f[3], f[4], f[5], List.of(), files));
            } else if (f[0].equals("Q")) {
                queries.add(new Query(f[1], f[2], split(f[3]), split(f[4])));
            } else {
                throw new IllegalArgumentException("Neither D nor Q: " + line);
            }
        }
        return new Corpus(ideas, ids, queries);
    }

    private static List<String> split(String ids) {
        return Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
