package vn.tuoitreso.contest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import vn.tuoitreso.documents.ExtractionStatus;

/** Waits (at most 90 s) until the worker has read every file of a submission, and returns them. */
public final class ExtractionAwait {

    private ExtractionAwait() {
    }

    public static List<AttachmentSummary> untilRead(Supplier<List<AttachmentSummary>> files) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        List<AttachmentSummary> list = files.get();
        while (list.stream().anyMatch(a -> a.extraction().status() == ExtractionStatus.PENDING)
                && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            list = files.get();
        }
        return list;
    }
}
