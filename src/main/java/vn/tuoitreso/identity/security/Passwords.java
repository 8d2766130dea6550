package vn.tuoitreso.identity.security;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing: Argon2id for every new password (any length, so a long Vietnamese passphrase is fine), with
 * OWASP's set of 7 MiB, 5 passes and one lane (its equivalent of 19 MiB and 2 passes, and the cheapest of them
 * here), computed by the reference C library when it loads. Hashes from before still verify and are replaced at
 * the next log-in: bcrypt, and Argon2id with fewer passes or less memory (Spring's 16 MiB and 2 passes, below
 * OWASP's guidance). At most one hashing per processor runs at a time: a burst of log-ins on two cores would
 * otherwise run dozens of them side by side, each holding its memory, for no gain in speed (README "Capacity",
 * load test); the others wait their turn.
 */
final class Passwords {

    static final String ARGON2 = "argon2";
    static final int MEMORY_KIB = 7 * 1024;
    static final int ITERATIONS = 5;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(Passwords.class);

    private Passwords() {
    }

    static PasswordEncoder encoder() {
        return new Bounded(new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2(), "bcrypt", new OldBcrypt())),
                Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Argon2id by the C library, or where it cannot load by Bouncy Castle's Java: the same hashes, slower, and its
     * memory on the Java heap (README "Capacity", PasswordHashingBenchmark).
     */
    static PasswordEncoder argon2() {
        Argon2PasswordEncoder java = javaArgon2();
        try {
            return new NativeArgon2(java);
        } catch (LinkageError | RuntimeException e) {
            log.warn("Argon2 C library not available ({}): passwords are hashed by Bouncy Castle's Java", e.toString());
            return java;
        }
    }

    static Argon2PasswordEncoder javaArgon2() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    }

    /**
     * Argon2id by the reference C library (argon2-jvm): the same encoded form as Spring's encoder, which still
     * reads the parameters of a stored hash to tell whether it needs upgrading.
     */
    static final class NativeArgon2 implements PasswordEncoder {

        private static final String ARGON2ID = "$argon2id$";

        private final Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
        private final Argon2PasswordEncoder java;

        NativeArgon2(Argon2PasswordEncoder java) {
            this.java = java;
            // loads the library now, so that a machine without it falls back at start-up
            argon2.hash(1, 8, 1, new byte[] {1});
        }

        @Override
        public @Nullable String encode(@Nullable CharSequence rawPassword) {
            if (rawPassword == null) {
                return java.encode(rawPassword);
            }
            return argon2.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, bytes(rawPassword));
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            if (rawPassword == null || encodedPassword == null || !encodedPassword.startsWith(ARGON2ID)) {
                return java.matches(rawPassword, encodedPassword);
            }
            return argon2.verify(encodedPassword, bytes(rawPassword));
        }

        @Override
        public boolean upgradeEncoding(@Nullable String encodedPassword) {
            return java.upgradeEncoding(encodedPassword);
        }

        private static byte[] bytes(CharSequence rawPassword) {
            return rawPassword.toString().getBytes(StandardCharsets.UTF_8);
        }
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
