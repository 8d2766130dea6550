package vn.tuoitreso.search.index;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The index's lag: changes of ideas not yet in the index (the search module's outstanding event publications). */
@Component
class IndexMetrics {

    IndexMetrics(IndexMaintenance maintenance, MeterRegistry registry) {
        Gauge.builder("tuoitreso.search.index.lag", maintenance, IndexMaintenance::pending)
                .description("Changes of ideas waiting to reach the search index").register(registry);
    }
}
