package vn.tuoitreso.search.lucene;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded engine, the default: chosen unless Elasticsearch is configured ({@code spring.elasticsearch.uris}).
 * The index lives in {@code app.search.index-dir}, by default {@code index} in the data folder.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.elasticsearch.uris:}'.isEmpty()")
class LuceneConfiguration {

    @Bean(destroyMethod = "close")
    LuceneSearchEngine luceneSearchEngine(@Value("${app.search.index-dir:${app.data-dir}/index}") Path folder,
            Clock clock) {
        return new LuceneSearchEngine(folder, clock);
    }
}
