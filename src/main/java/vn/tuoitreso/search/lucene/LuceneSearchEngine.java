package vn.tuoitreso.search.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tuoitreso.search.EngineStatus;
import vn.tuoitreso.search.IndexedIdea;
import vn.tuoitreso.search.SearchEngine;
import vn.tuoitreso.search.SearchHit;
import vn.tuoitreso.search.SearchQuery;
import vn.tuoitreso.search.SearchResult.Facet;
import vn.tuoitreso.search.SearchResult;
import vn.tuoitreso.search.SearchText;
import vn.tuoitreso.search.VietnameseText;

/**
 * The embedded engine: one Lucene index in a folder, written by this process only (Lucene's write lock), read
 * near-real-time. Every text field is indexed twice, lower-cased as written and folded, with team members' names
 * masked; their names and the unit are in a field of their own that only a non-blind search reads. Every change is
 * committed before it returns, so an event handled is an index that survives a crash.
 */
public class LuceneSearchEngine implements SearchEngine, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchEngine.class);

    static final String ID = "id";
    static final String SENT = "sent";
    static final String FOLDED = "_f";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String PROBLEM = "problem";
    static final String SOLUTION = "solution";
    static final String ATTACHMENT = "attachment";
    static final String ATTACHMENT_NAME = "attachment_name";
    /** Team members and the unit: searched only when not blind. */
    static final String PEOPLE = "people";
    static final String AUTHOR = "author";
    /** Title, problem, solution and attachments, folded and masked: what similar ideas compare. */
    static final String LIKE = "like";
    static final String UPDATED = "updated";
    /** All of an idea's text in one field, folded and masked: what finds and counts the matches. */
    static final String ALL = "all";
    /** The index's layout; an index written in another is emptied at start and rebuilt from the database. */
    static final String FORMAT = "format";
    static final String CURRENT_FORMAT = "2";
    private static final FieldType MATCH_ONLY = matchOnly();
    private static final char LABEL = '\u001f';

    private static final Map<String, Float> TEXT_FIELDS = textFields();
    private static final Map<Facet, String> FACET_FIELDS = new EnumMap<>(Map.of(Facet.CONTEST, "contest",
            Facet.ROUND, "round", Facet.CATEGORY, "category", Facet.UNIT, "unit", Facet.STATUS, "status"));
    private static final String WITHDRAWN = "WITHDRAWN";
    /** How many of the best matches by words are scored again with their phrases. */
    private static final int RESCORE_WINDOW = 400;
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Fewer candidates than this are not worth a thread of their own. */
    private static final int MIN_RESCORED_PER_THREAD = 50;

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new StandardAnalyzer();
    /** Runs a query's slices on every core: one query at a time on a quiet server is answered sooner. */
    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().daemon()
                    .name("lucene-search-", 1).factory());
    private final Clock clock;
    private volatile @Nullable Instant lastUpdate;

    /** Opens (or creates) the index in this folder; refused with a clear message when another process holds it. */
    public LuceneSearchEngine(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                directory.close();
                executor.shutdown();
                throw new IllegalStateException("The search index in " + folder.toAbsolutePath()
                        + " is in use by another process (its write.lock is held). Run one application per data "
                        + "folder (app.data-dir), or set app.search.index-dir, or use Elasticsearch for several "
                        + "nodes.", e);
            }
            String updated = writer.getLiveCommitData() == null ? null : userData(UPDATED);
            String format = writer.getLiveCommitData() == null ? null : userData(FORMAT);
            if (!CURRENT_FORMAT.equals(format) && writer.getDocStats().numDocs > 0) {
                log.info("The search index in {} was written in an earlier layout: emptied, to be rebuilt",
                        folder.toAbsolutePath());
                writer.deleteAll();
                updated = null;
            }
            writer.setLiveCommitData(commitData(updated == null ? null : Instant.parse(updated)).entrySet());
            writer.commit();
            searchers = new SearcherManager(writer, new SlicedSearchers(executor));
            lastUpdate = updated == null ? null : Instant.parse(updated);
        } catch (IOException e) {
            executor.shutdown();
            throw new UncheckedIOException("Cannot open the search index in " + folder.toAbsolutePath(), e);
        }
    }

    private static Map<String, String> commitData(@Nullable Instant updated) {
        return updated == null ? Map.of(FORMAT, CURRENT_FORMAT)
                : Map.of(FORMAT, CURRENT_FORMAT, UPDATED, updated.toString());
    }

    private @Nullable String userData(String key) {
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            if (entry.getKey().equals(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static FieldType matchOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static Map<String, Float> textFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(TITLE, 3f);
        fields.put(SUMMARY, 2f);
        fields.put(PROBLEM, 1f);
        fields.put(SOLUTION, 1f);
        fields.put(ATTACHMENT, 0.7f);
        return fields;
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public void upsert(IndexedIdea idea) {
        write(() -> writer.updateDocument(new Term(ID, Long.toString(idea.submissionId())), document(idea)));
    }

    @Override
    public void upsertAll(Collection<IndexedIdea> ideas) {
        write(() -> {
            for (IndexedIdea idea : ideas) {
                writer.updateDocument(new Term(ID, Long.toString(idea.submissionId())), document(idea));
            }
        });
    }

    @Override
    public void delete(long submissionId) {
        write(() -> writer.deleteDocuments(new Term(ID, Long.toString(submissionId))));
    }

    @Override
    public void deleteAll() {
        write(writer::deleteAll);
    }

    private interface Change {
        void apply() throws IOException;
    }

    private synchronized void write(Change change) {
        try {
            change.apply();
            Instant now = clock.instant();
            writer.setLiveCommitData(commitData(now).entrySet());
            writer.commit();
            lastUpdate = now;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(IndexedIdea idea) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(idea.submissionId()), Field.Store.YES));
        doc.add(new NumericDocValuesField(SENT, idea.sentAt().toEpochMilli()));
        doc.add(new StoredField(SENT, idea.sentAt().toEpochMilli()));
        facet(doc, "contest", Long.toString(idea.contestId()), idea.contestName());
        facet(doc, "round", Long.toString(idea.roundId()), idea.roundName());
        if (idea.categoryId() != null) {
            facet(doc, "category", idea.categoryId().toString(), label(idea.categoryName()));
        }
        if (idea.unitId() != null) {
            facet(doc, "unit", idea.unitId().toString(), label(idea.unitName()));
        }
        facet(doc, "status", idea.status(), idea.status());
        List<String> names = idea.authors();
        StringBuilder all = new StringBuilder();
        text(doc, TITLE, idea.title(), names, all);
        text(doc, SUMMARY, idea.summary(), names, all);
        text(doc, PROBLEM, idea.problem(), names, all);
        text(doc, SOLUTION, idea.solution(), names, all);
        for (IndexedIdea.AttachmentText attachment : idea.attachments()) {
            doc.add(new StoredField(ATTACHMENT_NAME, attachment.fileName()));
            text(doc, ATTACHMENT, attachment.text(), names, all);
        }
        doc.add(new Field(ALL + FOLDED, VietnameseText.fold(all.toString()), MATCH_ONLY));
        for (String author : names) {
            doc.add(new StoredField(AUTHOR, author));
            doc.add(new TextField(PEOPLE, VietnameseText.lower(author), Field.Store.NO));
            doc.add(new TextField(PEOPLE + FOLDED, VietnameseText.fold(author), Field.Store.NO));
        }
        if (idea.unitName() != null) {
            doc.add(new TextField(PEOPLE, VietnameseText.lower(idea.unitName()), Field.Store.NO));
            doc.add(new TextField(PEOPLE + FOLDED, VietnameseText.fold(idea.unitName()), Field.Store.NO));
        }
        doc.add(new TextField(LIKE, SearchText.likeText(idea), Field.Store.NO));
        return doc;
    }

    private static String label(@Nullable String label) {
        return label == null ? "" : label;
    }

    private static void facet(Document doc, String field, String key, String label) {
        doc.add(new StringField(field, key, Field.Store.NO));
        doc.add(new SortedDocValuesField(field, new BytesRef(key + LABEL + label)));
        doc.add(new StoredField(field, key + LABEL + label));
    }

    private static void text(Document doc, String field, String text, List<String> names, StringBuilder all) {
        doc.add(new StoredField(field, text));
        String masked = SearchText.mask(text, names);
        all.append(masked).append('\n');
        doc.add(new TextField(field, VietnameseText.lower(masked), Field.Store.NO));
        doc.add(new TextField(field + FOLDED, VietnameseText.fold(masked), Field.Store.NO));
    }

    @Override
    public SearchResult search(SearchQuery query) {
        List<String> words = tokens(query.text());
        boolean byRelevance = query.sort() == SearchQuery.Sort.RELEVANCE && !words.isEmpty();
        int page = Math.max(0, query.page());
        int size = Math.max(1, query.pageSize());
        int wanted = (page + 1) * size;
        FacetCounts.Manager facets = new FacetCounts.Manager(facetFields(query.blind()), byRelevance);
        IndexSearcher searcher = acquire();
        try {
            FacetCounts counts;
            List<Ranked> ranked;
            if (byRelevance) {
                counts = matching(searcher, words, query, facets);
                TopFieldDocs top = bestByWords(searcher, words, query.blind(), counts,
                        Math.max(wanted, RESCORE_WINDOW));
                ranked = words.size() > 1 ? rescored(searcher, top, phraseQuery(words, query.blind()))
                        : Arrays.stream(top.scoreDocs).map(Ranked::of).toList();
            } else {
                Sort sort = new Sort(new SortField(SENT, SortField.Type.LONG,
                        query.sort() != SearchQuery.Sort.OLDEST));
                Query matches = filtered(words.isEmpty() ? new MatchAllDocsQuery() : matchQuery(words, query.blind()),
                        query);
                Object[] results = searcher.search(matches, new MultiCollectorManager(
                        new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE), facets));
                counts = (FacetCounts) results[1];
                ranked = Arrays.stream(((TopFieldDocs) results[0]).scoreDocs).map(Ranked::of).toList();
            }
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = page * size; i < Math.min(wanted, ranked.size()); i++) {
                IndexedIdea idea = idea(stored.document(ranked.get(i).doc()));
                hits.add(hit(idea, ranked.get(i).score(), SearchText.snippets(idea, words, query.blind()),
                        query.blind()));
            }
            return new SearchResult(counts.total(), hits, counts.facets());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * What matches (as {@link #matchQuery}: most of the words, in any field, or in the team's names when not blind),
     * counted with its facets, found a word at a time: each word's ideas are read into a bit set from the folded field
     * of all text, and those where enough of the words occur are kept, a segment per task. Merging the words' lists
     * idea by idea, as a query does, costs several times more for common words.
     */
    private static FacetCounts matching(IndexSearcher searcher, List<String> words, SearchQuery query,
            FacetCounts.Manager facets) throws IOException {
        Query filter = searcher.rewrite(filtered(new MatchAllDocsQuery(), query));
        Weight filterWeight = filter instanceof MatchAllDocsQuery ? null
                : searcher.createWeight(filter, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<BytesRef> folded = words.stream().map(word -> new BytesRef(VietnameseText.fold(word))).toList();
        int required = required(words.size());
        List<Callable<FacetCounts>> segments = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            segments.add(() -> {
                FacetCounts counts = facets.newCollector();
                collectMatches(leaf, folded, query.blind(), required, filterWeight, counts);
                return counts;
            });
        }
        return facets.reduce(searcher.getTaskExecutor().invokeAll(segments));
    }

    private static void collectMatches(LeafReaderContext leaf, List<BytesRef> folded, boolean blind, int required,
            @Nullable Weight filter, FacetCounts into) throws IOException {
        LeafReader reader = leaf.reader();
        int maxDoc = reader.maxDoc();
        FixedBitSet allowed = null;
        if (filter != null) {
            Scorer filtered = filter.scorer(leaf);
            if (filtered == null) {
                return;
            }
            allowed = new FixedBitSet(maxDoc);
            allowed.or(filtered.iterator());
        }
        short[] found = new short[maxDoc];
        FixedBitSet any = new FixedBitSet(maxDoc);
        FixedBitSet word = new FixedBitSet(maxDoc);
        for (BytesRef term : folded) {
            word.clear();
            boolean present = readInto(word, reader, ALL + FOLDED, term);
            present |= !blind && readInto(word, reader, PEOPLE + FOLDED, term);
            if (!present) {
                continue;
            }
            any.or(word);
            DocIdSetIterator holding = new BitSetIterator(word, 0);
            for (int doc = holding.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = holding.nextDoc()) {
                found[doc]++;
            }
        }
        Bits live = reader.getLiveDocs();
        LeafCollector collector = null;
        DocIdSetIterator candidates = new BitSetIterator(any, 0);
        for (int doc = candidates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = candidates.nextDoc()) {
            if (found[doc] >= required && (live == null || live.get(doc)) && (allowed == null || allowed.get(doc))) {
                if (collector == null) {
                    collector = into.getLeafCollector(leaf);
                }
                collector.collect(doc);
            }
        }
        if (collector != null) {
            collector.finish();
        }
    }

    /** Adds the documents holding this term in this field; false when none does. */
    private static boolean readInto(FixedBitSet bits, LeafReader reader, String field, BytesRef term)
            throws IOException {
        Terms terms = reader.terms(field);
        TermsEnum termsEnum = terms == null ? null : terms.iterator();
        if (termsEnum == null || !termsEnum.seekExact(term)) {
            return false;
        }
        bits.or(termsEnum.postings(null, PostingsEnum.NONE));
        return true;
    }

    /**
     * The best of the matches found by their words' scores ({@link #wordsQuery}), newest first among equal scores.
     * Every field's term of every word is one flat disjunction, which Lucene scores a window of documents at a time
     * (far quicker than a disjunction per word, merged document by document), kept to the matches.
     */
    private static TopFieldDocs bestByWords(IndexSearcher searcher, List<String> words, boolean blind,
            FacetCounts matches, int count) throws IOException {
        Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(SENT, SortField.Type.LONG, true));
        TopFieldCollectorManager best = new TopFieldCollectorManager(sort, count, null, Integer.MAX_VALUE);
        return searcher.search(wordsQuery(words, blind), new CollectorManager<MatchedOnly, TopFieldDocs>() {
            @Override
            public MatchedOnly newCollector() throws IOException {
                return new MatchedOnly(best.newCollector(), matches);
            }

            @Override
            public TopFieldDocs reduce(Collection<MatchedOnly> collectors) throws IOException {
                return best.reduce(collectors.stream().map(MatchedOnly::top).toList());
            }
        });
    }

    /** A collector that passes on only the documents of a first search's matches. */
    private record MatchedOnly(TopFieldCollector top, FacetCounts matches) implements Collector {

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FixedBitSet bits = matches.matches(context);
            if (bits == null) {
                throw new CollectionTerminatedException();
            }
            LeafCollector in = top.getLeafCollector(context);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    in.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (bits.get(doc)) {
                        in.collect(doc);
                    }
                }

                @Override
                public void finish() throws IOException {
                    in.finish();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode();
        }
    }

    /** A document in the order shown: its score, and its sending time that breaks ties (newest first). */
    private record Ranked(int doc, double score, long sent) {

        static Ranked of(ScoreDoc scoreDoc) {
            Object[] fields = scoreDoc instanceof FieldDoc fieldDoc ? fieldDoc.fields : new Object[0];
            double score = fields.length > 0 && fields[0] instanceof Float f ? f : scoreDoc.score;
            long sent = fields.length > 1 && fields[1] instanceof Long l ? l
                    : fields.length > 0 && fields[0] instanceof Long l ? l : 0L;
            return new Ranked(scoreDoc.doc, score, sent);
        }
    }

    /**
     * The best matches by their words, scored again with the phrase clauses added: the same score the phrases would
     * give as clauses of the query, but computed for a window of candidates only, not for every match of a common
     * word. Lucene's {@code QueryRescorer} advances the phrases' iterator, which checks the positions of every idea
     * between two candidates until a phrase matches; here only the candidates' positions are checked (the two-phase
     * iterator's approximation is advanced to each candidate, and it is confirmed there or not at all).
     */
    private List<Ranked> rescored(IndexSearcher searcher, TopFieldDocs top, Query phrases) throws IOException {
        List<Ranked> first = Arrays.stream(top.scoreDocs).map(Ranked::of)
                .sorted(Comparator.comparingInt(Ranked::doc)).toList();
        Weight weight = searcher.createWeight(searcher.rewrite(phrases), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        // the candidates in runs of doc ids, one per core, each with scorers of its own
        int runs = Math.max(1, Math.min(THREADS, first.size() / MIN_RESCORED_PER_THREAD));
        List<Callable<List<Ranked>>> parts = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            List<Ranked> part = first.subList(first.size() * run / runs, first.size() * (run + 1) / runs);
            parts.add(() -> rescored(weight, leaves, part));
        }
        List<Ranked> again = new ArrayList<>(first.size());
        searcher.getTaskExecutor().invokeAll(parts).forEach(again::addAll);
        again.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(Comparator.comparingLong(Ranked::sent).reversed()));
        return again;
    }

    /** These candidates (in doc id order) with their phrases' scores added. */
    private static List<Ranked> rescored(Weight weight, List<LeafReaderContext> leaves, List<Ranked> candidates)
            throws IOException {
        List<Ranked> again = new ArrayList<>(candidates.size());
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        TwoPhaseIterator twoPhase = null;
        DocIdSetIterator approximation = null;
        for (Ranked ranked : candidates) {
            if (leaf == null || ranked.doc() >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(ranked.doc(), leaves));
                scorer = weight.scorer(leaf);
                twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
                approximation = scorer == null ? null : twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            }
            float score = (float) ranked.score();
            int target = ranked.doc() - leaf.docBase;
            if (approximation != null) {
                int at = approximation.docID() < target ? approximation.advance(target) : approximation.docID();
                if (at == target && (twoPhase == null || twoPhase.matches())) {
                    score += scorer.score();
                }
            }
            again.add(new Ranked(ranked.doc(), score, ranked.sent()));
        }
        return again;
    }

    private static Map<Facet, String> facetFields(boolean blind) {
        return blind ? FACET_FIELDS.entrySet().stream().filter(e -> e.getKey() != Facet.UNIT)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)) : FACET_FIELDS;
    }

    /** The query's words as the index holds them (lower-cased, as written). */
    private List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (var stream = analyzer.tokenStream(TITLE, VietnameseText.lower(text))) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * The ideas where most of the words occur, in any field (as written or not: the folded text holds both), or, when
     * not blind, in the team members' names or the unit. What finds, filters and counts; not scored.
     */
    private static Query matchQuery(List<String> words, boolean blind) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            String folded = VietnameseText.fold(word);
            Query inText = new TermQuery(new Term(ALL + FOLDED, folded));
            all.add(blind ? inText : new BooleanQuery.Builder().add(inText, Occur.SHOULD)
                    .add(new TermQuery(new Term(PEOPLE + FOLDED, folded)), Occur.SHOULD).build(), Occur.SHOULD);
        }
        all.setMinimumNumberShouldMatch(required(words.size()));
        return all.build();
    }

    /**
     * What the words score: each word in each field, a word as written (with its marks) above its folded form, the
     * title above the summary above the rest. The words together as a phrase score above the same words scattered:
     * {@link #phraseQuery}, applied to the best candidates.
     */
    private static Query wordsQuery(List<String> words, boolean blind) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : words) {
            String folded = VietnameseText.fold(word);
            textFields(blind).forEach((field, weight) -> {
                any.add(new BoostQuery(new TermQuery(new Term(field, word)), weight * 1.5f), Occur.SHOULD);
                any.add(new BoostQuery(new TermQuery(new Term(field + FOLDED, folded)), weight), Occur.SHOULD);
            });
        }
        return any.build();
    }

    /** What the words score as phrases: exact and folded, then folded within three words of each other. */
    private static Query phraseQuery(List<String> words, boolean blind) {
        List<String> folded = words.stream().map(VietnameseText::fold).toList();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        textFields(blind).forEach((field, weight) -> {
            query.add(new BoostQuery(phrase(field + FOLDED, folded, 0), weight * 2f), Occur.SHOULD);
            query.add(new BoostQuery(phrase(field, words, 0), weight * 1f), Occur.SHOULD);
            query.add(new BoostQuery(phrase(field + FOLDED, folded, 3), weight * 0.5f), Occur.SHOULD);
        });
        return query.build();
    }

    private static Map<String, Float> textFields(boolean blind) {
        Map<String, Float> fields = new LinkedHashMap<>(TEXT_FIELDS);
        if (!blind) {
            fields.put(PEOPLE, 2f);
        }
        return fields;
    }

    /** How many of a query's words must match: all of one or two, about two thirds of more. */
    static int required(int words) {
        return words <= 2 ? words : Math.max(2, Math.round(words * 2 / 3f));
    }

    private static Query phrase(String field, List<String> words, int slop) {
        return new PhraseQuery(slop, field, words.toArray(String[]::new));
    }

    private static Query filtered(Query text, SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, Occur.MUST);
        filter(builder, "contest", query.contestIds());
        filter(builder, "round", query.roundIds());
        filter(builder, "category", query.categoryIds());
        filter(builder, "unit", query.blind() ? Set.of() : query.unitIds());
        filter(builder, "status", query.statuses());
        if (query.onlySubmissions() != null) {
            if (query.onlySubmissions().isEmpty()) {
                return new MatchNoDocsQuery();
            }
            filter(builder, ID, query.onlySubmissions());
        }
        return builder.build();
    }

    private static void filter(BooleanQuery.Builder builder, String field, Set<?> values) {
        if (!values.isEmpty()) {
            builder.add(new TermInSetQuery(field, values.stream().map(v -> new BytesRef(v.toString())).toList()),
                    Occur.FILTER);
        }
    }

    @Override
    public List<SearchHit> similar(long submissionId, SearchQuery scope, int limit) {
        IndexSearcher searcher = acquire();
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(ID, Long.toString(submissionId))), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            StoredFields stored = searcher.storedFields();
            IndexedIdea idea = idea(stored.document(self.scoreDocs[0].doc));
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {LIKE});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(2);
            mlt.setMaxQueryTerms(40);
            mlt.setBoost(true);
            Query like = mlt.like(LIKE, new StringReader(SearchText.likeText(idea)));
            BooleanQuery.Builder builder = new BooleanQuery.Builder()
                    .add(filtered(like, scope), Occur.MUST)
                    .add(new TermQuery(new Term(ID, Long.toString(submissionId))), Occur.MUST_NOT)
                    .add(new TermQuery(new Term("status", WITHDRAWN)), Occur.MUST_NOT);
            TopDocs top = searcher.search(builder.build(), Math.max(1, limit));
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                IndexedIdea other = idea(stored.document(scoreDoc.doc));
                hits.add(hit(other, scoreDoc.score, SearchText.snippets(other, List.of(), scope.blind()),
                        scope.blind()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    private static SearchHit hit(IndexedIdea idea, double score, List<SearchHit.Snippet> snippets, boolean blind) {
        return new SearchHit(idea.submissionId(), idea.contestId(),
                blind ? SearchText.mask(idea.title(), idea.authors()) : idea.title(), idea.status(), idea.sentAt(),
                score, blind ? List.of() : idea.authors(), blind ? null : idea.unitName(), snippets);
    }

    /** The idea as far as the index keeps it: enough for hits and snippets. */
    private static IndexedIdea idea(Document doc) {
        String[] contest = keyed(doc.get("contest"));
        String[] round = keyed(doc.get("round"));
        String[] category = keyed(doc.get("category"));
        String[] unit = keyed(doc.get("unit"));
        String[] status = keyed(doc.get("status"));
        String[] names = doc.getValues(ATTACHMENT_NAME);
        String[] texts = doc.getValues(ATTACHMENT);
        List<IndexedIdea.AttachmentText> attachments = new ArrayList<>();
        for (int i = 0; i < names.length && i < texts.length; i++) {
            attachments.add(new IndexedIdea.AttachmentText(names[i], texts[i]));
        }
        return new IndexedIdea(Long.parseLong(doc.get(ID)), Long.parseLong(contest[0]), contest[1],
                Long.parseLong(round[0]), round[1], category == null ? null : Long.valueOf(category[0]),
                category == null ? null : category[1], unit == null ? null : Long.valueOf(unit[0]),
                unit == null ? null : unit[1], status[0],
                Instant.ofEpochMilli(doc.getField(SENT).numericValue().longValue()), doc.get(TITLE),
                doc.get(SUMMARY), doc.get(PROBLEM), doc.get(SOLUTION), List.of(doc.getValues(AUTHOR)), attachments);
    }

    private static String @Nullable [] keyed(@Nullable String value) {
        if (value == null) {
            return null;
        }
        int at = value.indexOf(LABEL);
        return new String[] {value.substring(0, at), value.substring(at + 1)};
    }

    @Override
    public EngineStatus status() {
        IndexSearcher searcher = acquire();
        try {
            return new EngineStatus(name(), writer.isOpen(), searcher.getIndexReader().numDocs(), lastUpdate,
                    writer.isOpen() ? null : "closed");
        } finally {
            release(searcher);
        }
    }

    /** The folder the index lives in. */
    public Path folder() {
        return folder;
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            executor.shutdown();
        }
    }

    /**
     * Searchers whose work is cut into one slice per core, within a segment when needed: an index of contest ideas is
     * often one or two segments, which Lucene's default slicing would search on one thread.
     */
    private static final class SlicedSearchers extends SearcherFactory {

        private static final int MIN_DOCS_PER_SLICE = 20_000;
        private final ExecutorService executor;

        SlicedSearchers(ExecutorService executor) {
            this.executor = executor;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous) {
            int threads = Runtime.getRuntime().availableProcessors();
            return new IndexSearcher(reader, executor) {
                @Override
                protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                    int docs = leaves.stream().mapToInt(leaf -> leaf.reader().maxDoc()).sum();
                    return slices(leaves, Math.max(MIN_DOCS_PER_SLICE, docs / Math.max(1, threads) + 1),
                            Integer.MAX_VALUE, true);
                }

                /** Ranking the matches of a first search: only they are scored, not every idea with one word. */
                @Override
                protected void searchLeaf(LeafReaderContext context, int minDocId, int maxDocId, Weight weight,
                        Collector collector) throws IOException {
                    if (!(collector instanceof MatchedOnly matchedOnly)) {
                        super.searchLeaf(context, minDocId, maxDocId, weight, collector);
                        return;
                    }
                    FixedBitSet matches = matchedOnly.matches().matches(context);
                    BulkScorer scorer = matches == null ? null : weight.bulkScorer(context);
                    if (scorer == null) {
                        return;
                    }
                    LeafCollector leafCollector = matchedOnly.getLeafCollector(context);
                    try {
                        scorer.score(leafCollector, matches, minDocId, maxDocId);
                    } catch (CollectionTerminatedException e) {
                        // the collector has all it wants from this segment
                    }
                    leafCollector.finish();
                }
            };
        }
    }
}
