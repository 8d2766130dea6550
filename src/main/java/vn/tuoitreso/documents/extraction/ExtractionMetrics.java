package vn.tuoitreso.documents.extraction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Text extraction's figures, read from the database at each scrape (the same on every node): documents waiting for the
 * worker, and documents whose extraction failed (timeout, memory, corrupt, …).
 */
@Component
class ExtractionMetrics {

    private final JdbcTemplate jdbc;

    ExtractionMetrics(JdbcTemplate jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("tuoitreso.extraction.queue", this, m -> m.count("PENDING"))
                .description("Uploaded documents waiting for text extraction").register(registry);
        Gauge.builder("tuoitreso.extraction.failed", this, m -> m.count("FAILED"))
                .description("Uploaded documents whose text extraction failed").register(registry);
    }

    private double count(String status) {
        Long count = jdbc.queryForObject("select count(*) from documents_extraction where status = ?", Long.class,
                status);
        return count == null ? 0 : count;
    }
}
