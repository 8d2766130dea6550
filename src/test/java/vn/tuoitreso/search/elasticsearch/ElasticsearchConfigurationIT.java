package vn.tuoitreso.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.tuoitreso.search.EngineStatus;
import vn.tuoitreso.search.IndexedIdea;
import vn.tuoitreso.search.SearchEngine;
import vn.tuoitreso.search.SearchQuery;

/** Elasticsearch is chosen by spring.elasticsearch.uris, on Boot's client, and says clearly when it does not answer. */
class ElasticsearchConfigurationIT {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    ElasticsearchRestClientAutoConfiguration.class, ElasticsearchClientAutoConfiguration.class))
            .withUserConfiguration(ElasticsearchConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void with_spring_elasticsearch_uris_the_engine_is_elasticsearch_and_its_index_is_created_at_start() {
        runner.withPropertyValues("spring.elasticsearch.uris=" + ElasticsearchTestServer.url(),
                "app.search.elasticsearch.index=wiring-it").run(context -> {
                    SearchEngine engine = context.getBean(SearchEngine.class);
                    assertThat(engine.name()).isEqualTo("elasticsearch");
                    ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
                    assertThat(client.indices().exists(e -> e.index("wiring-it")).value()).isTrue();

                    engine.upsert(idea());
                    assertThat(engine.search(SearchQuery.of("thach den")).total()).isEqualTo(1);
                    client.indices().delete(d -> d.index("wiring-it"));
                });
    }

    @Test
    void an_index_of_an_earlier_layout_is_dropped_at_start_so_that_it_is_rebuilt() throws Exception {
        try (ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(ElasticsearchTestServer.url())
                .jsonMapper(new Jackson3JsonpMapper()))) {
            client.indices().delete(d -> d.index("layout-it").ignoreUnavailable(true));
            client.indices().create(c -> c.index("layout-it").mappings(m -> m
                    .properties("title", p -> p.text(t -> t.analyzer("standard")))));
            client.index(i -> i.index("layout-it").id("1").document(java.util.Map.of("title", "thạch đen"))
                    .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));

            runner.withPropertyValues("spring.elasticsearch.uris=" + ElasticsearchTestServer.url(),
                    "app.search.elasticsearch.index=layout-it").run(context -> {
                        SearchEngine engine = context.getBean(SearchEngine.class);
                        assertThat(engine.status().documents()).as("emptied, for the rebuild at start").isZero();
                        engine.upsert(idea());
                        assertThat(engine.search(SearchQuery.of("thach den")).total()).isEqualTo(1);
                    });
            runner.withPropertyValues("spring.elasticsearch.uris=" + ElasticsearchTestServer.url(),
                    "app.search.elasticsearch.index=layout-it").run(context -> assertThat(
                            context.getBean(SearchEngine.class).status().documents())
                            .as("an index of this layout is kept").isEqualTo(1));
            client.indices().delete(d -> d.index("layout-it"));
        }
    }

    @Test
    void without_it_there_is_no_elasticsearch_engine() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(SearchEngine.class);
        });
    }

    @Test
    void when_elasticsearch_does_not_answer_writes_fail_clearly_and_the_status_says_so() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + port;
        runner.withPropertyValues("spring.elasticsearch.uris=" + nowhere).run(context -> {
            assertThat(context).as("the application starts all the same").hasNotFailed();
            SearchEngine engine = context.getBean(SearchEngine.class);

            assertThatThrownBy(() -> engine.upsert(idea())).isInstanceOf(ElasticsearchUnavailableException.class)
                    .hasMessageContaining("does not answer");
            EngineStatus status = engine.status();
            assertThat(status.up()).isFalse();
            assertThat(status.problem()).contains("does not answer");
        });
        try (ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(nowhere)
                .jsonMapper(new Jackson3JsonpMapper()))) {
            ElasticsearchSearchEngine engine = new ElasticsearchSearchEngine(client, "wiring-it", Clock.systemUTC());
            assertThatThrownBy(() -> engine.search(SearchQuery.of("x")))
                    .isInstanceOf(ElasticsearchUnavailableException.class);
        }
    }

    private static IndexedIdea idea() {
        return new IndexedIdea(1, 10, "Cuộc thi 10", 100, "Vòng 100", null, null, null, null, "SUBMITTED",
                Instant.parse("2026-11-02T03:00:00Z"), "Thạch đen Thạch An", "Nấu thạch đen.", "", "", List.of(),
                List.of());
    }
}
