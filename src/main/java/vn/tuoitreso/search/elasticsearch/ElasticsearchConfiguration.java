package vn.tuoitreso.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Elasticsearch as the search engine when {@code spring.elasticsearch.uris} is set, through Boot's auto-configured
 * client. The index is created at start when the server answers; when it does not, the application starts all the
 * same and the index is created on the first write that succeeds.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.elasticsearch.uris:}'.isEmpty()")
class ElasticsearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchConfiguration.class);

    @Bean
    ElasticsearchSearchEngine elasticsearchSearchEngine(ElasticsearchClient client,
            @Value("${app.search.elasticsearch.index:tuoitreso-ideas}") String index, Clock clock) {
        ElasticsearchSearchEngine engine = new ElasticsearchSearchEngine(client, index, clock);
        try {
            engine.createIndexIfMissing();
        } catch (ElasticsearchUnavailableException e) {
            log.warn("Elasticsearch is not ready; the index {} will be created when it answers: {}", index,
                    e.getMessage());
        }
        return engine;
    }
}
