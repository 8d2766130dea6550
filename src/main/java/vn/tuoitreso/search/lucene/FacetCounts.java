package vn.tuoitreso.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.search.SearchResult.Facet;
import vn.tuoitreso.search.SearchResult.FacetCount;

/**
 * Counts every hit's facet values (contest, round, category, unit, status) from doc values, each stored as
 * {@code key \u001f label}: a plain count over all hits, which a corpus of contest ideas affords. Keeps which
 * documents matched when asked, so that a second search can rank them.
 */
final class FacetCounts implements Collector {

    private final Map<Facet, String> fields;
    private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
    /** The hits of each segment (by its ordinal), when they are to be ranked afterwards; else null. */
    private final @Nullable Map<Integer, FixedBitSet> matches;
    private long total;

    private FacetCounts(Map<Facet, String> fields, boolean keepMatches) {
        this.fields = fields;
        this.matches = keepMatches ? new HashMap<>() : null;
        fields.keySet().forEach(facet -> counts.put(facet, new HashMap<>()));
    }

    long total() {
        return total;
    }

    /** The hits in this segment (kept when asked for), or null when it has none. */
    @Nullable FixedBitSet matches(LeafReaderContext leaf) {
        return matches == null ? null : matches.get(leaf.ord);
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
        Ordinals[] ordinals = new Ordinals[facets.size()];
        int[][] perOrd = new int[facets.size()][];
        for (int f = 0; f < facets.size(); f++) {
            ordinals[f] = Ordinals.of(context.reader(), fields.get(facets.get(f)));
            perOrd[f] = new int[ordinals[f].labels.length];
        }
        FixedBitSet hits = matches == null ? null
                : matches.computeIfAbsent(context.ord, ord -> new FixedBitSet(context.reader().maxDoc()));
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) {
                total++;
                if (hits != null) {
                    hits.set(doc);
                }
                for (int f = 0; f < ordinals.length; f++) {
                    int ord = ordinals[f].byDoc[doc];
                    if (ord >= 0) {
                        perOrd[f][ord]++;
                    }
                }
            }

            @Override
            public void finish() {
                for (int f = 0; f < ordinals.length; f++) {
                    Map<String, Long> facetCounts = counts.get(facets.get(f));
                    for (int ord = 0; ord < perOrd[f].length; ord++) {
                        if (perOrd[f][ord] > 0) {
                            facetCounts.merge(ordinals[f].labels[ord], (long) perOrd[f][ord], Long::sum);
                        }
                    }
                }
            }
        };
    }

    /**
     * A segment's values of one facet as an array by document, read once per segment (its doc values never change):
     * counting a common word's tens of thousands of hits is then an array lookup per hit.
     */
    private record Ordinals(int[] byDoc, String[] labels) {

        private static final Map<IndexReader.CacheKey, Map<String, Ordinals>> CACHE = new ConcurrentHashMap<>();

        static Ordinals of(LeafReader reader, String field) throws IOException {
            IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
            if (helper == null) {
                return read(reader, field);
            }
            Map<String, Ordinals> segment = CACHE.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(CACHE::remove);
                return new ConcurrentHashMap<>();
            });
            Ordinals ordinals = segment.get(field);
            if (ordinals == null) {
                ordinals = read(reader, field);
                segment.put(field, ordinals);
            }
            return ordinals;
        }

        private static Ordinals read(LeafReader reader, String field) throws IOException {
            SortedDocValues values = DocValues.getSorted(reader, field);
            int[] byDoc = new int[reader.maxDoc()];
            Arrays.fill(byDoc, -1);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                byDoc[doc] = values.ordValue();
            }
            String[] labels = new String[values.getValueCount()];
            for (int ord = 0; ord < labels.length; ord++) {
                labels[ord] = values.lookupOrd(ord).utf8ToString();
            }
            return new Ordinals(byDoc, labels);
        }
    }

    /** One collector per slice, merged at the end. */
    static final class Manager implements CollectorManager<FacetCounts, FacetCounts> {

        private final Map<Facet, String> fields;
        private final boolean keepMatches;

        /** Counts the facets of these fields; {@code keepMatches}: and keeps which documents matched. */
        Manager(Map<Facet, String> fields, boolean keepMatches) {
            this.fields = fields;
            this.keepMatches = keepMatches;
        }

        @Override
        public FacetCounts newCollector() {
            return new FacetCounts(fields, keepMatches);
        }

        @Override
        public FacetCounts reduce(Collection<FacetCounts> collectors) {
            FacetCounts merged = new FacetCounts(fields, keepMatches);
            for (FacetCounts collector : collectors) {
                merged.total += collector.total;
                if (keepMatches) {
                    // slices may share a segment (cut in doc ranges)
                    collector.matches.forEach((ord, bits) -> merged.matches.merge(ord, bits, (a, b) -> {
                        a.or(b);
                        return a;
                    }));
                }
                collector.counts.forEach((facet, values) -> values
                        .forEach((value, count) -> merged.counts.get(facet).merge(value, count, Long::sum)));
            }
            return merged;
        }
    }
}
