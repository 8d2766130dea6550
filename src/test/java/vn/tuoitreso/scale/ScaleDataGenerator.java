package vn.tuoitreso.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.tuoitreso.Application;

/**
 * Fills a platform database with a province's worth of data (see {@link ScaleData}, README "Capacity"):
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.tuoitreso.scale.ScaleDataGenerator \
 *     -Dexec.args="--size=full --app.data-dir=./data-scale --spring.profiles.active=demo"
 * </pre>
 *
 * <p>It starts the platform itself (so the embedded MariaDB under {@code app.data-dir}, or the datasource that is
 * configured, is migrated and holds the seed content), writes the rows, prints the time and the counts, and
 * stops. Its own options: {@code --size=full|small|<factor>} (default full), {@code --seed=} (default 2026),
 * {@code --tag=} (default {@code quymo}: e-mails {@code hv000001@quymo.tuoitreso.vn}), {@code --password=}
 * (default {@code HocVien@2026}, shared by every generated learner). Every other argument goes to Spring.
 */
public final class ScaleDataGenerator {

    public static final String DEFAULT_PASSWORD = "HocVien@2026";
    public static final String DEFAULT_TAG = "quymo";

    private ScaleDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        ScaleSize size = ScaleSize.PROVINCE;
        long seed = 2026;
        String tag = DEFAULT_TAG;
        String password = DEFAULT_PASSWORD;
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--size=")) {
                size = ScaleSize.of(value(arg));
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(value(arg));
            } else if (arg.startsWith("--tag=")) {
                tag = value(arg);
            } else if (arg.startsWith("--password=")) {
                password = value(arg);
            } else {
                springArgs.add(arg);
            }
        }
        SpringApplication platform = new SpringApplication(Application.class);
        // a port of its own, so that it runs beside a platform already serving
        platform.setDefaultProperties(Map.of("server.port", "0", "server.address", "127.0.0.1"));
        long started = System.nanoTime();
        int status = 0;
        try (ConfigurableApplicationContext context = platform.run(springArgs.toArray(String[]::new))) {
            System.out.printf("Platform started in %.1f s; generating %s%n", (System.nanoTime() - started) / 1e9,
                    size);
            String hash = context.getBean(PasswordEncoder.class).encode(password);
            ScaleData.Report report = new ScaleData(context.getBean(DataSource.class), hash, tag, true, seed)
                    .generate(size);
            System.out.print(report.describe());
            System.out.printf("Learner n logs in as %s (n = 3) or by phone as %s (n = 1: when n %% 5 < 2), "
                    + "password %s%n", ScaleData.login(tag, 3, true), ScaleData.login(tag, 1, true), password);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
