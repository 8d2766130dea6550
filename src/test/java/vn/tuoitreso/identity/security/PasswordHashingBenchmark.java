package vn.tuoitreso.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Measures the check of one password at a log-in: Argon2id with Spring's former defaults (16 MiB, 2 passes) and
 * OWASP's equivalent sets (19 MiB × 2, 12 × 3, 9 × 4, 7 × 5), by Bouncy Castle's Java and by the C library. Prints
 * the median time of one check alone and the checks per second with one thread per core, and writes them to
 * {@code target/password-hashing-benchmark.txt}; asserts only that every check matched. Not run by default; run it
 * with {@code ./mvnw -B -q test -Dtest=PasswordHashingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PasswordHashingBenchmark {

    private static final String PASSWORD = "HocVien@2026";
    private static final int[][] SETS = {{16, 2}, {19, 2}, {12, 3}, {9, 4}, {7, 5}};
    private static final int ALONE = 15;
    private static final int SIDE_BY_SIDE = 20;

    @Test
    void one_check_per_log_in() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Argon2id, one password check, %d cores: median of %d alone; %d checks on %d threads%n", cores, ALONE,
                SIDE_BY_SIDE, cores));
        for (int[] set : SETS) {
            Argon2PasswordEncoder java = new Argon2PasswordEncoder(16, 32, 1, set[0] * 1024, set[1]);
            PasswordEncoder c = new Passwords.NativeArgon2(java);
            String hash = java.encode(PASSWORD);
            report.append(String.format(Locale.ROOT, "  m=%2d MiB t=%d  Bouncy Castle %s   C library %s%n", set[0],
                    set[1], measure(java, hash, cores), measure(c, hash, cores)));
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "password-hashing-benchmark.txt"), report, StandardCharsets.UTF_8);
    }

    private static String measure(PasswordEncoder encoder, String hash, int cores) throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(encoder.matches(PASSWORD, hash)).isTrue();
        }
        long[] times = new long[ALONE];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            assertThat(encoder.matches(PASSWORD, hash)).isTrue();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            long start = System.nanoTime();
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < SIDE_BY_SIDE; i++) {
                checks.add(pool.submit(() -> encoder.matches(PASSWORD, hash)));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return String.format(Locale.ROOT, "%6.1f ms alone, %5.1f/s side by side", times[ALONE / 2] / 1e6,
                    SIDE_BY_SIDE / seconds);
        } finally {
            pool.shutdown();
        }
    }
}
