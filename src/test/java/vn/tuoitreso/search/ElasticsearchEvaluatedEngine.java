package vn.tuoitreso.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import java.io.IOException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.search.elasticsearch.ElasticsearchSearchEngine;
import vn.tuoitreso.search.elasticsearch.ElasticsearchTestServer;

/** Elasticsearch in the relevance evaluation, on the test server, in an index of its own. */
public class ElasticsearchEvaluatedEngine implements SearchEvaluation.EvaluatedEngine {

    private static final String INDEX = "evaluation";
    private @Nullable ElasticsearchClient client;

    @Override
    public @Nullable SearchEngine start() {
        try {
            String url = ElasticsearchTestServer.url();
            client = ElasticsearchClient.of(b -> b.host(url).jsonMapper(new Jackson3JsonpMapper()));
        } catch (RuntimeException e) {
            System.out.println("Elasticsearch left out: " + e.getMessage());
            return null;
        }
        ElasticsearchSearchEngine engine = new ElasticsearchSearchEngine(client, INDEX, Clock.systemUTC());
        engine.deleteAll();
        return engine;
    }

    @Override
    public void close() {
        if (client == null) {
            return;
        }
        try (ElasticsearchClient closing = client) {
            closing.indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
