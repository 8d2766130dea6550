package vn.tuoitreso.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The active engine's health ({@code /actuator/health/search}): up when it answers, with what it holds. */
@Component
class SearchHealthIndicator implements HealthIndicator {

    private final SearchEngine engine;

    SearchHealthIndicator(SearchEngine engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        EngineStatus status;
        try {
            status = engine.status();
        } catch (RuntimeException e) {
            return Health.down().withDetail("engine", engine.name()).withDetail("problem", e.toString()).build();
        }
        Health.Builder health = status.up() ? Health.up() : Health.down();
        health.withDetail("engine", status.engine()).withDetail("documents", status.documents());
        if (status.lastUpdate() != null) {
            health.withDetail("lastUpdate", status.lastUpdate().toString());
        }
        if (status.problem() != null) {
            health.withDetail("problem", status.problem());
        }
        return health.build();
    }
}
