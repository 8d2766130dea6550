package vn.tuoitreso.identity;

import java.time.Instant;

/**
 * A person deleted their account; it is gone from identity. Every module that keeps data about the person
 * forgets it or anonymises it in its listener: learning progress and quiz attempts are deleted, certificates
 * read "issued, holder withdrew", contest entries lose their owner and team members their account.
 */
public record AccountDeleted(long accountId, Instant at) {
}
