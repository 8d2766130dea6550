package vn.tuoitreso.search.index;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tuoitreso.contest.SentIdeas;
import vn.tuoitreso.search.IndexStatus;
import vn.tuoitreso.search.IndexedIdea;
import vn.tuoitreso.search.SearchEngine;
import vn.tuoitreso.shared.SystemTasks;

/**
 * The index's upkeep: its status with the changes still waiting, rebuilds from the database (by an administrator, or
 * by itself at start when the index is empty while ideas were sent), and the search module's incomplete event
 * publications handed over again on a schedule, one node at a time.
 */
@Component
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    private static final String LISTENER = SearchIndexer.class.getName();
    private static final int PAGE = 200;

    private final SearchEngine engine;
    private final SentIdeas ideas;
    private final IdeaDocuments documents;
    private final IncompleteEventPublications incomplete;
    private final JdbcTemplate jdbc;
    private final Duration resubmitAfter;
    private final AtomicReference<IndexStatus.@Nullable Rebuild> rebuild = new AtomicReference<>();

    IndexMaintenance(SearchEngine engine, SentIdeas ideas, IdeaDocuments documents,
            IncompleteEventPublications incomplete, JdbcTemplate jdbc,
            @Value("${app.search.resubmit-after:PT1M}") Duration resubmitAfter) {
        this.engine = engine;
        this.ideas = ideas;
        this.documents = documents;
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.resubmitAfter = resubmitAfter;
    }

    /** Guarded by the caller ({@code Search}). */
    public IndexStatus status() {
        long sent = SystemTasks.runAsSystem(ideas::countSent);
        return new IndexStatus(engine.status(), pending(), sent, rebuild.get());
    }

    /** The search module's publications not yet completed: changes waiting to reach the index. */
    long pending() {
        Long pending = jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                + " and listener_id like ?", Long.class, LISTENER + "%");
        return pending == null ? 0 : pending;
    }

    /** Starts a rebuild in a thread of its own, unless one is under way. Guarded by the caller ({@code Search}). */
    public void rebuildInBackground() {
        IndexStatus.Rebuild current = rebuild.get();
        if (current != null && !current.finished()) {
            return;
        }
        IndexStatus.Rebuild starting = new IndexStatus.Rebuild(0, 0, false, false);
        if (!rebuild.compareAndSet(current, starting)) {
            return;
        }
        Thread.ofVirtual().name("search-rebuild").start(() -> SystemTasks.runAsSystem(this::rebuildNow));
    }

    private void rebuildNow() {
        try {
            long total = ideas.countSent();
            rebuild.set(new IndexStatus.Rebuild(0, total, false, false));
            engine.deleteAll();
            long done = 0;
            long after = 0;
            List<Long> page;
            while (!(page = ideas.sentIds(after, PAGE)).isEmpty()) {
                List<IndexedIdea> batch = page.stream().map(documents::of).flatMap(java.util.Optional::stream)
                        .toList();
                engine.upsertAll(batch);
                done += page.size();
                after = page.getLast();
                rebuild.set(new IndexStatus.Rebuild(done, Math.max(total, done), false, false));
            }
            rebuild.set(new IndexStatus.Rebuild(done, Math.max(total, done), true, false));
            log.info("Search index rebuilt: {} ideas in {}", done, engine.name());
        } catch (RuntimeException e) {
            IndexStatus.Rebuild failed = rebuild.get();
            rebuild.set(new IndexStatus.Rebuild(failed == null ? 0 : failed.done(),
                    failed == null ? 0 : failed.total(), true, true));
            log.error("Rebuilding the search index failed", e);
        }
    }

    /** At start: an index empty (new, lost or moved) while ideas were sent is rebuilt by itself. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenEmpty() {
        try {
            if (engine.status().documents() == 0 && SystemTasks.runAsSystem(ideas::countSent) > 0) {
                log.info("The search index is empty while ideas were sent: rebuilding it");
                rebuildInBackground();
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the search index at start: {}", e.toString());
        }
    }

    /** Hands the search module's failed (or lost) publications over again, once they are old enough. */
    @Scheduled(fixedDelayString = "${app.search.resubmit-interval:PT1M}",
            initialDelayString = "${app.search.resubmit-interval:PT1M}")
    @SchedulerLock(name = "search-resubmit-incomplete", lockAtMostFor = "PT5M")
    public void resubmitIncomplete() {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(resubmitAfter)
                .withFilter(p -> p instanceof TargetEventPublication target
                        && target.getTargetIdentifier().getValue().startsWith(LISTENER)));
    }
}
