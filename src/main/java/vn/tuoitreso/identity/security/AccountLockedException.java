package vn.tuoitreso.identity.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Log-in refused because of recent failed attempts; says until when. */
class AccountLockedException extends LockedException {

    private final Instant until;

    AccountLockedException(Instant until) {
        super("locked until " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
