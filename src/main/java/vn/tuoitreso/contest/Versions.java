package vn.tuoitreso.contest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Writes a change now rather than at commit, so that a race the version check could not see (another
 * transaction committed between our read and our write) is reported as {@link StaleEditException}, inside the
 * service, instead of as an unexpected error after it; the new version numbers are then known as well.
 */
final class Versions {

    private Versions() {
    }

    static void flush(JpaRepository<?, ?> repository) {
        try {
            repository.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException();
        }
    }
}
