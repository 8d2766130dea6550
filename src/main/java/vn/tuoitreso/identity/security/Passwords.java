package vn.tuoitreso.identity.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing: Argon2id for every new password (any length, so a long Vietnamese passphrase is fine);
 * bcrypt hashes from before still verify and are replaced with Argon2id at the next log-in. At most one hashing
 * per processor runs at a time: each Argon2id hashing holds 16 MB, and a burst of log-ins on two cores would
 * otherwise run dozens of them side by side, hundreds of MB of heap for no gain in speed (README "Capacity",
 * load test); the others wait their turn.
 */
final class Passwords {

    static final String ARGON2 = "argon2";

    private Passwords() {
    }

    static PasswordEncoder encoder() {
        return new Bounded(new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new OldBcrypt())), Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Lets at most {@code permits} hashings run at once. */
    static final class Bounded implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private final Semaphore permits;

        Bounded(PasswordEncoder delegate, int permits) {
            this.delegate = delegate;
            this.permits = new Semaphore(permits, true);
        }

        @Override
        public @Nullable String encode(@Nullable CharSequence rawPassword) {
            permits.acquireUninterruptibly();
            try {
                return delegate.encode(rawPassword);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            permits.acquireUninterruptibly();
            try {
                return delegate.matches(rawPassword, encodedPassword);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean upgradeEncoding(@Nullable String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }

    /** bcrypt reads only 72 bytes and Spring's refuses more with an exception: such a password cannot match. */
    private static final class OldBcrypt implements PasswordEncoder {

        private static final int BCRYPT_MAX_BYTES = 72;

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public @Nullable String encode(@Nullable CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            if (rawPassword == null
                    || rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
                return false;
            }
            return bcrypt.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(@Nullable String encodedPassword) {
            return true;
        }
    }
}
