package vn.tuoitreso.contest;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Waits (at most 90 s) until the worker has read every file of a submission, and returns them. It looks in the
 * test's own thread, which holds the signed-in person the services check.
 */
public final class ExtractionAwait {

    private ExtractionAwait() {
    }

    public static List<AttachmentSummary> untilRead(Supplier<List<AttachmentSummary>> files) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).pollInSameThread()
                .until(files::get, list -> list.stream().noneMatch(a -> a.reading().status() == ReadingStatus.PENDING));
    }
}
