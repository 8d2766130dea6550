package vn.tuoitreso.identity.security;

import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds the log-ins in progress on this node. Each one waits for a password hashing ({@link Passwords}), so in a
 * burst they would otherwise hold every request thread of the server while signed-in learners wait; beyond the
 * bound a log-in is answered at once with "try again in a few seconds" ({@link LoginQueueFullException}).
 */
@Component
class LoginAdmission {

    private final Semaphore slots;

    LoginAdmission(@Value("${app.login.max-in-progress:64}") int maxInProgress) {
        this.slots = new Semaphore(maxInProgress);
    }

    boolean tryEnter() {
        return slots.tryAcquire();
    }

    void leave() {
        slots.release();
    }
}
