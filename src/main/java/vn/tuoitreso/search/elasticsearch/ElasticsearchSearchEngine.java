package vn.tuoitreso.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.IndexOptions;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ScoreMode;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tuoitreso.search.EngineStatus;
import vn.tuoitreso.search.IndexedIdea;
import vn.tuoitreso.search.SearchEngine;
import vn.tuoitreso.search.SearchHit;
import vn.tuoitreso.search.SearchQuery;
import vn.tuoitreso.search.SearchResult;
import vn.tuoitreso.search.SearchResult.Facet;
import vn.tuoitreso.search.SearchResult.FacetCount;
import vn.tuoitreso.search.SearchText;
import vn.tuoitreso.search.VietnameseText;

/**
 * The engine at scale: one Elasticsearch index with an explicit mapping. Like the embedded engine, every text field
 * is indexed twice with the {@code standard} analyzer, lower-cased as written and folded by the application (the
 * server needs no folding of its own), team members' names masked; their names and the unit sit in fields only a
 * non-blind search reads. The idea as sent is kept unindexed in the source, for hits and the application's snippets.
 * Writes are visible when they return. When the server does not answer, writes throw
 * {@link ElasticsearchUnavailableException}, so the event that caused them stays incomplete and is retried.
 */
public class ElasticsearchSearchEngine implements SearchEngine {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchSearchEngine.class);

    static final String FOLDED = "_f";
    static final String PEOPLE = "people";
    static final String LIKE = "like";
    static final String SENT = "sent";
    /** All of an idea's text in one field, folded and masked: what finds and counts the matches. */
    static final String ALL = "all";
    /** The index's layout, in its mapping's {@code _meta}; an index of another is dropped and rebuilt. */
    static final String FORMAT = "format";
    static final String CURRENT_FORMAT = "3";
    static final String INDEXED_AT = "indexed_at";
    static final String IDEA = "idea";
    private static final String LABEL = "\u001f";
    private static final String FACET = "_facet";
    private static final String WITHDRAWN = "WITHDRAWN";
    private static final int FACET_BUCKETS = 1000;
    /** How many of the best matches by words are scored again with their phrases. */
    private static final int RESCORE_WINDOW = 400;

    private static final Map<String, Float> TEXT_FIELDS = textFields();
    private static final Map<Facet, String> FACET_FIELDS = new EnumMap<>(Map.of(Facet.CONTEST, "contest",
            Facet.ROUND, "round", Facet.CATEGORY, "category", Facet.UNIT, "unit", Facet.STATUS, "status"));

    private final ElasticsearchClient client;
    private final String index;
    private final Clock clock;
    /** Runs a search's counting beside its ranking: the server answers each on a thread of its own. */
    private final ExecutorService beside = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean indexReady;

    public ElasticsearchSearchEngine(ElasticsearchClient client, String index, Clock clock) {
        this.client = client;
        this.index = index;
        this.clock = clock;
    }

    private static Map<String, Float> textFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put("title", 3f);
        fields.put("summary", 2f);
        fields.put("problem", 1f);
        fields.put("solution", 1f);
        fields.put("attachment", 0.7f);
        return fields;
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    /** The index's name. */
    public String index() {
        return index;
    }

    /** Creates the index with its mapping unless it exists; safe to call again. */
    public synchronized void createIndexIfMissing() {
        call("create the index " + index, () -> {
            if (client.indices().exists(e -> e.index(index)).value() && !currentFormat()) {
                log.info("The search index {} was written in an earlier layout: dropped, to be rebuilt", index);
                client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
            }
            if (!client.indices().exists(e -> e.index(index)).value()) {
                try {
                    client.indices().create(c -> c.index(index)
                            .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                            .mappings(mapping()));
                } catch (ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            indexReady = true;
            return null;
        });
    }

    private boolean currentFormat() throws IOException {
        var mappings = client.indices().getMapping(m -> m.index(index)).mappings();
        // one index, whatever its name (the configured one may be an alias)
        var record = mappings.size() == 1 ? mappings.values().iterator().next() : mappings.get(index);
        Map<String, JsonData> meta = record == null || record.mappings() == null ? null : record.mappings().meta();
        return meta != null && meta.get(FORMAT) != null
                && CURRENT_FORMAT.equals(meta.get(FORMAT).to(String.class));
    }

    static TypeMapping mapping() {
        Map<String, Property> properties = new LinkedHashMap<>();
        properties.put("id", Property.of(p -> p.keyword(k -> k)));
        properties.put(SENT, Property.of(p -> p.long_(l -> l)));
        properties.put(INDEXED_AT, Property.of(p -> p.long_(l -> l)));
        for (String facet : FACET_FIELDS.values()) {
            properties.put(facet, Property.of(p -> p.keyword(k -> k)));
            properties.put(facet + FACET, Property.of(p -> p.keyword(k -> k.index(false))));
        }
        List<String> texts = new ArrayList<>(TEXT_FIELDS.keySet());
        texts.add(PEOPLE);
        List<String> derived = new ArrayList<>();
        for (String field : texts) {
            properties.put(field, Property.of(p -> p.text(t -> t.analyzer("standard"))));
            properties.put(field + FOLDED, Property.of(p -> p.text(t -> t.analyzer("standard"))));
            derived.addAll(List.of(field, field + FOLDED));
        }
        properties.put(ALL + FOLDED, Property.of(p -> p.text(t -> t.analyzer("standard")
                .indexOptions(IndexOptions.Docs).norms(false))));
        properties.put(LIKE, Property.of(p -> p.text(t -> t.analyzer("standard"))));
        derived.addAll(List.of(ALL + FOLDED, LIKE));
        properties.put(IDEA, Property.of(p -> p.object(o -> o.enabled(false))));
        // the texts indexed for searching are derived from the idea kept as sent, and rebuilt from the database,
        // never from the index: kept out of the stored source, which every page of hits reads and filters
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict).properties(properties)
                .source(src -> src.excludes(derived)).meta(FORMAT, JsonData.of(CURRENT_FORMAT)));
    }

    private void ensureIndex() {
        if (!indexReady) {
            createIndexIfMissing();
        }
    }

    @Override
    public void upsert(IndexedIdea idea) {
        ensureIndex();
        Map<String, Object> document = document(idea, clock.instant());
        call("index idea " + idea.submissionId(), () -> client.index(i -> i.index(index)
                .id(Long.toString(idea.submissionId())).document(document).refresh(Refresh.True)));
    }

    @Override
    public void upsertAll(Collection<IndexedIdea> ideas) {
        if (ideas.isEmpty()) {
            return;
        }
        ensureIndex();
        Instant now = clock.instant();
        List<BulkOperation> operations = new ArrayList<>(ideas.size());
        for (IndexedIdea idea : ideas) {
            Map<String, Object> document = document(idea, now);
            operations.add(BulkOperation.of(o -> o.index(i -> i.id(Long.toString(idea.submissionId()))
                    .document(document))));
        }
        call("index " + ideas.size() + " ideas", () -> {
            var response = client.bulk(b -> b.index(index).operations(operations).refresh(Refresh.True));
            if (response.errors()) {
                String reason = response.items().stream().filter(item -> item.error() != null)
                        .map(item -> item.id() + ": " + item.error().reason()).findFirst().orElse("");
                throw new IllegalStateException("Elasticsearch refused some ideas of a bulk upsert, e.g. " + reason);
            }
            return null;
        });
    }

    @Override
    public void delete(long submissionId) {
        ensureIndex();
        call("delete idea " + submissionId, () -> {
            try {
                client.delete(d -> d.index(index).id(Long.toString(submissionId)).refresh(Refresh.True));
            } catch (ElasticsearchException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
            return null;
        });
    }

    /** Drops the index and creates it again: quicker than deleting every document, and the test distribution has no
     * delete-by-query. */
    @Override
    public synchronized void deleteAll() {
        call("drop the index", () -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
        indexReady = false;
        createIndexIfMissing();
    }

    // --- documents ---

    static Map<String, Object> document(IndexedIdea idea, Instant indexedAt) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", Long.toString(idea.submissionId()));
        doc.put(SENT, idea.sentAt().toEpochMilli());
        doc.put(INDEXED_AT, indexedAt.toEpochMilli());
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
        List<String> all = new ArrayList<>();
        text(doc, "title", List.of(idea.title()), names, all);
        text(doc, "summary", List.of(idea.summary()), names, all);
        text(doc, "problem", List.of(idea.problem()), names, all);
        text(doc, "solution", List.of(idea.solution()), names, all);
        text(doc, "attachment", idea.attachments().stream().map(IndexedIdea.AttachmentText::text).toList(), names,
                all);
        doc.put(ALL + FOLDED, VietnameseText.fold(String.join("\n", all)));
        List<String> people = new ArrayList<>(names);
        if (idea.unitName() != null) {
            people.add(idea.unitName());
        }
        doc.put(PEOPLE, people.stream().map(VietnameseText::lower).toList());
        doc.put(PEOPLE + FOLDED, people.stream().map(VietnameseText::fold).toList());
        doc.put(LIKE, SearchText.likeText(idea));
        doc.put(IDEA, source(idea));
        return doc;
    }

    private static String label(@Nullable String label) {
        return label == null ? "" : label;
    }

    private static void facet(Map<String, Object> doc, String field, String key, String label) {
        doc.put(field, key);
        doc.put(field + FACET, key + LABEL + label);
    }

    private static void text(Map<String, Object> doc, String field, List<String> texts, List<String> names,
            List<String> all) {
        List<String> masked = texts.stream().map(text -> SearchText.mask(text, names)).toList();
        all.addAll(masked);
        doc.put(field, masked.stream().map(VietnameseText::lower).toList());
        doc.put(field + FOLDED, masked.stream().map(VietnameseText::fold).toList());
    }

    private static Map<String, Object> source(IndexedIdea idea) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("submissionId", idea.submissionId());
        source.put("contestId", idea.contestId());
        source.put("contestName", idea.contestName());
        source.put("roundId", idea.roundId());
        source.put("roundName", idea.roundName());
        source.put("categoryId", idea.categoryId());
        source.put("categoryName", idea.categoryName());
        source.put("unitId", idea.unitId());
        source.put("unitName", idea.unitName());
        source.put("status", idea.status());
        source.put("sentAt", idea.sentAt().toEpochMilli());
        source.put("title", idea.title());
        source.put("summary", idea.summary());
        source.put("problem", idea.problem());
        source.put("solution", idea.solution());
        source.put("authors", idea.authors());
        source.put("attachments", idea.attachments().stream()
                .map(a -> Map.of("fileName", a.fileName(), "text", a.text())).toList());
        return source;
    }

    @SuppressWarnings("unchecked")
    static IndexedIdea idea(Map<String, Object> document) {
        Map<String, Object> s = (Map<String, Object>) document.get(IDEA);
        List<IndexedIdea.AttachmentText> attachments = ((List<Map<String, Object>>) s.get("attachments")).stream()
                .map(a -> new IndexedIdea.AttachmentText((String) a.get("fileName"), (String) a.get("text")))
                .toList();
        return new IndexedIdea(number(s.get("submissionId")), number(s.get("contestId")), (String) s.get("contestName"),
                number(s.get("roundId")), (String) s.get("roundName"), nullableNumber(s.get("categoryId")),
                (String) s.get("categoryName"), nullableNumber(s.get("unitId")), (String) s.get("unitName"),
                (String) s.get("status"), Instant.ofEpochMilli(number(s.get("sentAt"))), (String) s.get("title"),
                (String) s.get("summary"), (String) s.get("problem"), (String) s.get("solution"),
                (List<String>) s.get("authors"), attachments);
    }

    private static long number(@Nullable Object value) {
        return ((Number) value).longValue();
    }

    private static @Nullable Long nullableNumber(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    // --- searching ---

    @Override
    @SuppressWarnings("rawtypes")
    public SearchResult search(SearchQuery query) {
        ensureIndex();
        List<String> words = words(query.text());
        Query text = words.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : textQuery(words, query.blind());
        int page = Math.max(0, query.page());
        int size = Math.max(1, query.pageSize());
        boolean phrases = query.sort() == SearchQuery.Sort.RELEVANCE && words.size() > 1;
        Map<Facet, String> facets = facetFields(query.blind());
        Map<String, Aggregation> aggregations = new HashMap<>();
        facets.forEach((facet, field) -> aggregations.put(facet.name(),
                Aggregation.of(a -> a.terms(t -> t.field(field + FACET).size(FACET_BUCKETS)))));
        if (query.sort() == SearchQuery.Sort.RELEVANCE && !words.isEmpty() && (page + 1) * size <= RESCORE_WINDOW) {
            // Every field's term of every word scores as one flat disjunction (scored a window of documents at a
            // time, far quicker than a disjunction per word), narrowed after scoring to what matches: most of the
            // words, found on one folded field of all text, and counted with the facets in a search of its own
            // beside it (the server answers each on a thread of its own).
            Query scores = wordsQuery(words, query.blind());
            Query matched = filtered(matchQuery(words, query.blind()), query);
            Future<SearchResponse<Void>> counting = beside.submit(() -> call("search", () -> client.search(s -> s
                    .index(index).query(matched).size(0).trackTotalHits(t -> t.enabled(true))
                    .aggregations(aggregations), Void.class)));
            List<Scored> hits;
            if (phrases) {
                hits = rescoredPage(scores, matched, phraseQuery(words, query.blind()), page, size);
            } else {
                hits = scored(call("search", () -> client.search(s -> s.index(index).query(scores)
                        .postFilter(matched).from(page * size).size(size).sort(byScore(), bySent(SortOrder.Desc))
                        .trackTotalHits(t -> t.enabled(false)).trackScores(true)
                        .source(src -> src.filter(f -> f.includes(IDEA))), Map.class)));
            }
            SearchResponse<Void> counted = result(counting);
            return result(counted.hits().total() == null ? 0 : counted.hits().total().value(), hits,
                    counted.aggregations(), facets, words, query.blind());
        }
        // a page beyond the candidates gets the phrases as clauses of the query
        Query full = filtered(phrases ? Query.of(q -> q.bool(b -> b.must(text).should(phraseQuery(words,
                query.blind())))) : text, query);
        List<SortOptions> sort = switch (query.sort()) {
            case NEWEST -> List.of(bySent(SortOrder.Desc));
            case OLDEST -> List.of(bySent(SortOrder.Asc));
            case RELEVANCE -> words.isEmpty() ? List.of(bySent(SortOrder.Desc))
                    : List.of(byScore(), bySent(SortOrder.Desc));
        };
        SearchResponse<Map> response = call("search", () -> client.search(s -> s.index(index)
                .query(full).from(page * size).size(size).sort(sort).trackTotalHits(t -> t.enabled(true))
                .trackScores(true)
                .aggregations(aggregations).source(src -> src.filter(f -> f.includes(IDEA))), Map.class));
        long total = response.hits().total() == null ? response.hits().hits().size()
                : response.hits().total().value();
        return result(total, scored(response), response.aggregations(), facets, words, query.blind());
    }

    /**
     * A page of the best matches by their words, each with its phrases' score added: the phrases score the best
     * {@value #RESCORE_WINDOW} in Elasticsearch's rescoring, where their positions are checked for those ideas only (a
     * required clause that matches every idea leads, with no score of its own, so the phrases' approximation is
     * advanced to each candidate and confirmed there). Ties come newest first, as the embedded engine orders them:
     * the ideas up to the page's end and one more are sorted here, and when ideas of the page's last score go on
     * past them, the whole window is. The first page comes with its ideas; a later one reads them by id.
     */
    private List<Scored> rescoredPage(Query scores, Query matched, Query phrases, int page, int size) {
        int wanted = (page + 1) * size;
        List<Ranked> ranked = rescored(scores, matched, phrases, Math.min(wanted + 1, RESCORE_WINDOW), page == 0);
        if (ranked.size() > wanted && ranked.get(wanted).score() == ranked.get(wanted - 1).score()) {
            ranked = rescored(scores, matched, phrases, RESCORE_WINDOW, false);
        }
        List<Ranked> shown = ranked.subList(Math.min(ranked.size(), page * size), Math.min(ranked.size(), wanted));
        return shown.stream().allMatch(r -> r.source() != null)
                ? shown.stream().map(r -> new Scored(r.source(), r.score())).toList() : sources(shown);
    }

    /** The best {@code count} by words and phrases, newest first among equal scores; with their ideas when asked. */
    @SuppressWarnings("rawtypes")
    private List<Ranked> rescored(Query scores, Query matched, Query phrases, int count, boolean withIdeas) {
        Query phraseScores = Query.of(q -> q.bool(b -> b.must(m -> m.matchAll(a -> a.boost(0f))).should(phrases)));
        SearchResponse<Map> best = call("search", () -> client.search(s -> {
            s.index(index).query(scores).postFilter(matched).size(count)
                    .rescore(r -> r.windowSize(RESCORE_WINDOW).query(q -> q.query(phraseScores).queryWeight(1.0)
                            .rescoreQueryWeight(1.0).scoreMode(ScoreMode.Total)))
                    .trackTotalHits(t -> t.enabled(false))
                    .docvalueFields(List.of(FieldAndFormat.of(f -> f.field("id")),
                            FieldAndFormat.of(f -> f.field(SENT))));
            // ids and dates from doc values: without the ideas, no stored field is read
            return withIdeas ? s.source(src -> src.filter(f -> f.includes(IDEA)))
                    : s.source(src -> src.fetch(false)).storedFields("_none_");
        }, Map.class));
        List<Ranked> ranked = new ArrayList<>();
        for (Hit<Map> hit : best.hits().hits()) {
            ranked.add(new Ranked(hit.fields().get("id").to(String[].class)[0],
                    hit.score() == null ? 0 : hit.score(), hit.fields().get(SENT).to(long[].class)[0],
                    withIdeas ? sourceOf(hit.source()) : null));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(Comparator.comparingLong(Ranked::sent).reversed()));
        return ranked;
    }

    /** These ideas as the search saw them (not written since), in this order; one deleted meanwhile left out. */
    @SuppressWarnings("rawtypes")
    private List<Scored> sources(List<Ranked> ranked) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        MgetResponse<Map> found = call("get ideas", () -> client.mget(m -> m.index(index)
                .ids(ranked.stream().map(Ranked::id).toList()).sourceIncludes(IDEA).realtime(false), Map.class));
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            MultiGetResponseItem<Map> item = found.docs().get(i);
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                scored.add(new Scored(sourceOf(item.result().source()), ranked.get(i).score()));
            }
        }
        return scored;
    }

    @SuppressWarnings("rawtypes")
    private static List<Scored> scored(SearchResponse<Map> response) {
        return response.hits().hits().stream().map(hit -> new Scored(sourceOf(hit.source()),
                hit.score() == null ? 0 : hit.score())).toList();
    }

    /** A candidate by its id, with its score, its sending time, which orders equal scores, and its idea if read. */
    private record Ranked(String id, double score, long sent, @Nullable Map<String, Object> source) {
    }

    /** An idea as the index keeps it, with its score. */
    private record Scored(Map<String, Object> source, double score) {
    }

    private static <T> T result(Future<T> search) {
        try {
            return search.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while searching", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static SearchResult result(long total, List<Scored> scored, Map<String, Aggregate> aggregations,
            Map<Facet, String> facets, List<String> words, boolean blind) {
        List<SearchHit> hits = new ArrayList<>();
        for (Scored one : scored) {
            IndexedIdea idea = idea(one.source());
            hits.add(hit(idea, one.score(), SearchText.snippets(idea, words, blind), blind));
        }
        Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
        facets.keySet().forEach(facet -> counts.put(facet, facetCounts(aggregations.get(facet.name()))));
        return new SearchResult(total, hits, counts);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Object> sourceOf(@Nullable Map source) {
        return source == null ? Map.of() : (Map<String, Object>) source;
    }

    private static SortOptions byScore() {
        return SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc)));
    }

    private static SortOptions bySent(SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(SENT).order(order)));
    }

    private static List<FacetCount> facetCounts(@Nullable Aggregate aggregate) {
        List<FacetCount> counts = new ArrayList<>();
        if (aggregate != null) {
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                String value = bucket.key().stringValue();
                int at = value.indexOf(LABEL);
                counts.add(new FacetCount(value.substring(0, at), value.substring(at + 1), bucket.docCount()));
            }
        }
        counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
        return counts;
    }

    private static Map<Facet, String> facetFields(boolean blind) {
        Map<Facet, String> fields = new EnumMap<>(FACET_FIELDS);
        if (blind) {
            fields.remove(Facet.UNIT);
        }
        return fields;
    }

    /** The query's words as the application splits them; each is analysed by the server as the indexed text was. */
    static List<String> words(String text) {
        return SearchText.words(text);
    }

    /**
     * The same query as the embedded engine: most of the words must match, in any field; a word as written (with its
     * marks) scores above its folded form. The words together as a phrase score above the same words scattered:
     * {@link #phraseQuery}, applied to the best candidates.
     */
    private static Query textQuery(List<String> words, boolean blind) {
        BoolQuery.Builder all = new BoolQuery.Builder();
        for (String word : words) {
            String folded = VietnameseText.fold(word);
            BoolQuery.Builder any = new BoolQuery.Builder();
            textFields(blind).forEach((field, weight) -> {
                any.should(q -> q.match(m -> m.field(field).query(word).boost(weight * 1.5f)));
                any.should(q -> q.match(m -> m.field(field + FOLDED).query(folded).boost(weight)));
            });
            all.should(q -> q.bool(any.build()));
        }
        all.minimumShouldMatch(Integer.toString(required(words.size())));
        return Query.of(q -> q.bool(all.build()));
    }

    /**
     * The ideas where most of the words occur, in any field (the folded text of all holds them as written too), or,
     * when not blind, in the team members' names or the unit: what finds, filters and counts; not scored.
     */
    private static Query matchQuery(List<String> words, boolean blind) {
        BoolQuery.Builder all = new BoolQuery.Builder();
        for (String word : words) {
            String folded = VietnameseText.fold(word);
            Query inText = Query.of(q -> q.match(m -> m.field(ALL + FOLDED).query(folded)));
            all.should(blind ? inText : Query.of(q -> q.bool(b -> b.should(inText)
                    .should(p -> p.match(m -> m.field(PEOPLE + FOLDED).query(folded))))));
        }
        all.minimumShouldMatch(Integer.toString(required(words.size())));
        return Query.of(q -> q.constantScore(c -> c.filter(f -> f.bool(all.build()))));
    }

    /** {@link #textQuery}'s scores as one flat disjunction of every field's term of every word. */
    private static Query wordsQuery(List<String> words, boolean blind) {
        BoolQuery.Builder any = new BoolQuery.Builder();
        for (String word : words) {
            String folded = VietnameseText.fold(word);
            textFields(blind).forEach((field, weight) -> {
                any.should(q -> q.match(m -> m.field(field).query(word).boost(weight * 1.5f)));
                any.should(q -> q.match(m -> m.field(field + FOLDED).query(folded).boost(weight)));
            });
        }
        return Query.of(q -> q.bool(any.build()));
    }

    /** What the words score as phrases: exact and folded, then folded within three words of each other. */
    private static Query phraseQuery(List<String> words, boolean blind) {
        String lower = String.join(" ", words);
        String folded = VietnameseText.fold(lower);
        BoolQuery.Builder query = new BoolQuery.Builder();
        textFields(blind).forEach((field, weight) -> {
            query.should(q -> q.matchPhrase(p -> p.field(field + FOLDED).query(folded).boost(weight * 2f)));
            query.should(q -> q.matchPhrase(p -> p.field(field).query(lower).boost(weight)));
            query.should(q -> q.matchPhrase(p -> p.field(field + FOLDED).query(folded).slop(3)
                    .boost(weight * 0.5f)));
        });
        return Query.of(q -> q.bool(query.build()));
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

    private static Query filtered(Query text, SearchQuery query) {
        if (query.onlySubmissions() != null && query.onlySubmissions().isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        BoolQuery.Builder builder = new BoolQuery.Builder().must(text);
        filter(builder, "contest", query.contestIds());
        filter(builder, "round", query.roundIds());
        filter(builder, "category", query.categoryIds());
        filter(builder, "unit", query.blind() ? Set.of() : query.unitIds());
        filter(builder, "status", query.statuses());
        if (query.onlySubmissions() != null) {
            filter(builder, "id", query.onlySubmissions());
        }
        return Query.of(q -> q.bool(builder.build()));
    }

    private static void filter(BoolQuery.Builder builder, String field, Set<?> values) {
        if (!values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(v -> FieldValue.of(v.toString())).toList();
            builder.filter(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List<SearchHit> similar(long submissionId, SearchQuery scope, int limit) {
        ensureIndex();
        var self = call("read idea " + submissionId,
                () -> client.get(g -> g.index(index).id(Long.toString(submissionId)), Map.class));
        if (!self.found() || self.source() == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        IndexedIdea idea = idea((Map<String, Object>) self.source());
        String like = SearchText.likeText(idea);
        Query mlt = Query.of(q -> q.moreLikeThis(m -> m.fields(LIKE).like(l -> l.text(like)).minTermFreq(1)
                .minDocFreq(1).minWordLength(2).maxQueryTerms(40).boostTerms(1.0).minimumShouldMatch("1")));
        BoolQuery.Builder query = new BoolQuery.Builder().must(filtered(mlt, scope))
                .mustNot(q -> q.ids(i -> i.values(Long.toString(submissionId))))
                .mustNot(q -> q.term(t -> t.field("status").value(WITHDRAWN)));
        SearchResponse<Map> response = call("find ideas like " + submissionId, () -> client.search(s -> s
                .index(index).query(q -> q.bool(query.build())).size(Math.max(1, limit))
                .source(src -> src.filter(f -> f.includes(IDEA))), Map.class));
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            IndexedIdea other = idea(sourceOf(hit.source()));
            hits.add(hit(other, hit.score() == null ? 0 : hit.score(),
                    SearchText.snippets(other, List.of(), scope.blind()), scope.blind()));
        }
        return hits;
    }

    private static SearchHit hit(IndexedIdea idea, double score, List<SearchHit.Snippet> snippets, boolean blind) {
        return new SearchHit(idea.submissionId(), idea.contestId(),
                blind ? SearchText.mask(idea.title(), idea.authors()) : idea.title(), idea.status(), idea.sentAt(),
                score, blind ? List.of() : idea.authors(), blind ? null : idea.unitName(), snippets);
    }

    // --- status ---

    @Override
    public EngineStatus status() {
        try {
            var health = client.cluster().health(h -> h.timeout(t -> t.time("5s")));
            if (!client.indices().exists(e -> e.index(index)).value()) {
                indexReady = false;
                return new EngineStatus(name(), health.status() != HealthStatus.Red, 0, null,
                        "the index " + index + " does not exist yet");
            }
            long documents = client.count(c -> c.index(index)).count();
            var latest = client.search(s -> s.index(index).size(0)
                    .aggregations("latest", a -> a.max(m -> m.field(INDEXED_AT))), Void.class);
            // an empty index has no maximum: the client answers null, not NaN
            Double max = latest.aggregations().get("latest").max().value();
            double millis = max == null ? Double.NaN : max;
            Instant lastUpdate = documents == 0 || Double.isNaN(millis) || Double.isInfinite(millis) ? null
                    : Instant.ofEpochMilli((long) millis);
            boolean up = health.status() != HealthStatus.Red;
            return new EngineStatus(name(), up, documents, lastUpdate,
                    up ? null : "cluster " + health.clusterName() + " is red");
        } catch (IOException | RuntimeException e) {
            return new EngineStatus(name(), false, 0, null, "Elasticsearch does not answer: " + e.getMessage());
        }
    }

    // --- errors ---

    private interface Call<T> {
        T run() throws IOException;
    }

    private <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new ElasticsearchUnavailableException("Elasticsearch does not answer; cannot " + what + " in "
                    + index + ": " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                indexReady = false;
            }
            throw new ElasticsearchUnavailableException("Elasticsearch refused to " + what + " in " + index + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw new ElasticsearchUnavailableException("Elasticsearch does not answer; cannot " + what + " in "
                        + index + ": " + io.getMessage(), e);
            }
            throw e;
        }
    }
}
