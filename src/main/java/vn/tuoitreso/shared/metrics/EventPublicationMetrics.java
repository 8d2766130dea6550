package vn.tuoitreso.shared.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith's outbox, read at each scrape (the same on every node): events whose listener has not completed yet
 * (a completed publication is deleted), and how old the oldest of them is. A figure that keeps growing means a
 * listener keeps failing (the search engine down, say); it is resubmitted, nothing is lost.
 */
@Component
class EventPublicationMetrics {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EventPublicationMetrics(JdbcTemplate jdbc, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("tuoitreso.events.outstanding", this, EventPublicationMetrics::outstanding)
                .description("Event publications whose listener has not completed").register(registry);
        Gauge.builder("tuoitreso.events.oldest.outstanding", this, EventPublicationMetrics::oldestAgeSeconds)
                .baseUnit("seconds").description("Age of the oldest outstanding event publication")
                .register(registry);
    }

    private double outstanding() {
        Long count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Long.class);
        return count == null ? 0 : count;
    }

    private double oldestAgeSeconds() {
        Timestamp oldest = jdbc.queryForObject(
                "select min(publication_date) from event_publication where completion_date is null", Timestamp.class);
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds());
    }
}
