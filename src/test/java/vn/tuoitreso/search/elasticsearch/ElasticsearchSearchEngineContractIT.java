package vn.tuoitreso.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.search.SearchEngine;
import vn.tuoitreso.search.SearchEngineContract;
import vn.tuoitreso.search.SearchQuery;

/** The contract on a real Elasticsearch (see {@link ElasticsearchTestServer}), in an index of its own. */
class ElasticsearchSearchEngineContractIT extends SearchEngineContract {

    private static ElasticsearchClient client;

    @BeforeAll
    static void connect() {
        client = ElasticsearchClient.of(b -> b.host(ElasticsearchTestServer.url()).jsonMapper(new Jackson3JsonpMapper()));
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.indices().delete(d -> d.index("contract-it").ignoreUnavailable(true));
        client.close();
    }

    @Override
    protected SearchEngine engine() {
        return new ElasticsearchSearchEngine(client, "contract-it", Clock.systemUTC());
    }

    @Test
    void the_index_is_created_with_its_mapping_and_reports_when_it_last_changed() throws Exception {
        engine.upsert(idea(1, "Miến dong Phia Đén", "Đóng gói miến dong."));

        var mapping = client.indices().getMapping(m -> m.index("contract-it")).get("contract-it").mappings();
        assertThat(mapping.properties().get("contest").isKeyword()).isTrue();
        assertThat(mapping.properties().get("title_f").text().analyzer()).isEqualTo("standard");
        assertThat(engine.status().lastUpdate()).isNotNull();
        assertThat(ids(engine.search(SearchQuery.of("mien dong")))).isEqualTo(List.of(1L));
    }
}
