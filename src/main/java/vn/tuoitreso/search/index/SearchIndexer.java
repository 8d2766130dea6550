package vn.tuoitreso.search.index;

import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.contest.SentIdeas;
import vn.tuoitreso.contest.SubmissionSubmitted;
import vn.tuoitreso.contest.SubmissionUpdated;
import vn.tuoitreso.contest.SubmissionWithdrawn;
import vn.tuoitreso.documents.AttachmentTextExtracted;
import vn.tuoitreso.search.SearchEngine;
import vn.tuoitreso.shared.SystemTasks;

/**
 * Follows the contest's and documents' events: each one only says which idea changed, and its document is built
 * again from the database and upserted (or removed when there is nothing sent). When the engine fails, the handler
 * fails, its publication stays incomplete and is handed over again ({@link IndexMaintenance}).
 *
 * <p>Events of one idea are handled on several threads at once (a submit quickly followed by a withdrawal). Reading
 * and writing one idea's document happen under that idea's lock, so the document read last is the one written last.
 */
@Component
class SearchIndexer {

    private final IdeaDocuments documents;
    private final SentIdeas ideas;
    private final SearchEngine engine;
    private final ReentrantLock[] locks = IntStream.range(0, 64).mapToObj(i -> new ReentrantLock())
            .toArray(ReentrantLock[]::new);

    SearchIndexer(IdeaDocuments documents, SentIdeas ideas, SearchEngine engine) {
        this.documents = documents;
        this.ideas = ideas;
        this.engine = engine;
    }

    @ApplicationModuleListener
    void on(SubmissionSubmitted event) {
        reindex(event.submissionId());
    }

    @ApplicationModuleListener
    void on(SubmissionUpdated event) {
        reindex(event.submissionId());
    }

    @ApplicationModuleListener
    void on(SubmissionWithdrawn event) {
        reindex(event.submissionId());
    }

    @ApplicationModuleListener
    void on(AttachmentTextExtracted event) {
        SystemTasks.runAsSystem(() -> ideas.submissionOf(event.reference()).ifPresent(this::reindex));
    }

    void reindex(long submissionId) {
        ReentrantLock lock = locks[Math.floorMod(Long.hashCode(submissionId), locks.length)];
        lock.lock();
        try {
            SystemTasks.runAsSystem(() -> documents.of(submissionId)
                    .ifPresentOrElse(engine::upsert, () -> engine.delete(submissionId)));
        } finally {
            lock.unlock();
        }
    }
}
