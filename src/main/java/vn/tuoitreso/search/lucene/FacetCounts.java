package vn.tuoitreso.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import vn.tuoitreso.search.SearchResult.Facet;
import vn.tuoitreso.search.SearchResult.FacetCount;

/**
 * Counts every hit's facet values (contest, round, category, unit, status) from doc values, each stored as
 * {@code key \u001f label}: a plain count over all hits, which a corpus of contest ideas affords.
 */
final class FacetCounts implements Collector {

    private final Map<Facet, String> fields;
    private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
    private long total;

    private FacetCounts(Map<Facet, String> fields) {
        this.fields = fields;
        fields.keySet().forEach(facet -> counts.put(facet, new HashMap<>()));
    }

    long total() {
        return total;
    }

    /** The counts of each facet, the most frequent first, then by label. */
    Map<Facet, List<FacetCount>> facets() {
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        counts.forEach((facet, values) -> {
            List<FacetCount> list = new ArrayList<>();
            values.forEach((value, count) -> {
                int at = value.indexOf('\u001f');
                list.add(new FacetCount(value.substring(0, at), value.substring(at + 1), count));
            });
            list.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
            facets.put(facet, list);
        });
        return facets;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        List<Facet> facets = List.copyOf(fields.keySet());
        SortedDocValues[] values = new SortedDocValues[facets.size()];
        int[][] ords = new int[facets.size()][];
        for (int f = 0; f < facets.size(); f++) {
            values[f] = DocValues.getSorted(context.reader(), fields.get(facets.get(f)));
            ords[f] = new int[values[f].getValueCount()];
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                total++;
                for (int f = 0; f < values.length; f++) {
                    if (values[f].advanceExact(doc)) {
                        ords[f][values[f].ordValue()]++;
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int f = 0; f < values.length; f++) {
                    Map<String, Long> facetCounts = counts.get(facets.get(f));
                    for (int ord = 0; ord < ords[f].length; ord++) {
                        if (ords[f][ord] > 0) {
                            facetCounts.merge(values[f].lookupOrd(ord).utf8ToString(), (long) ords[f][ord],
                                    Long::sum);
                        }
                    }
                }
            }
        };
    }

    /** One collector per slice, merged at the end. */
    static final class Manager implements CollectorManager<FacetCounts, FacetCounts> {

        private final Map<Facet, String> fields;

        Manager(Map<Facet, String> fields) {
            this.fields = fields;
        }

        @Override
        public FacetCounts newCollector() {
            return new FacetCounts(fields);
        }

        @Override
        public FacetCounts reduce(Collection<FacetCounts> collectors) {
            FacetCounts merged = new FacetCounts(fields);
            for (FacetCounts collector : collectors) {
                merged.total += collector.total;
                collector.counts.forEach((facet, values) -> values
                        .forEach((value, count) -> merged.counts.get(facet).merge(value, count, Long::sum)));
            }
            return merged;
        }
    }
}
