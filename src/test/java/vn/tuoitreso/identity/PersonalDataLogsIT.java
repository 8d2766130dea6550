package vn.tuoitreso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import vn.tuoitreso.identity.account.Account;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.account.Contact;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.WebClient;

/**
 * Registration, log-in and a duplicate contact caught by the database leave no contact, name or password in the
 * logs, at the levels the platform logs in production.
 */
@PlatformTest
class PersonalDataLogsIT {

    private static final String PASSWORD = "NuiNonNuoc2026Ok";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    AccountRepository repository;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureTheLogs() {
        logs.start();
        root().addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        root().detachAppender(logs);
        logs.stop();
    }

    @Test
    void registration_login_and_duplicate_contacts_log_no_personal_data() throws Exception {
        TestAccounts people = new TestAccounts(accounts, units);
        String email = TestAccounts.uniqueEmail("ma.thi.riengtu");
        String phone = "09" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String name = "Ma Thị Riêng Tư";
        long unit = people.anyUnitId();

        accounts.register(new Registration(name, email, PASSWORD, 2009, unit));
        assertThatThrownBy(() -> accounts.register(new Registration(name, email, PASSWORD, 2009, unit)))
                .isInstanceOf(InvalidInputException.class);

        // several people registering one number at once: one wins, the others meet the database's unique key
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tries.add(pool.submit(() -> {
                start.await();
                try {
                    accounts.register(new Registration("Hầu Văn Số", phone, PASSWORD, 2008, unit));
                    return true;
                } catch (InvalidInputException taken) {
                    return false;
                }
            }));
        }
        start.countDown();
        int registered = 0;
        for (Future<Boolean> attempt : tries) {
            registered += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(registered).isEqualTo(1);

        // the database's own refusal of a duplicate contact, as a race ends
        Contact taken = Contact.parse(email).orElseThrow();
        assertThatThrownBy(() -> repository.saveAndFlush(new Account("Người Khác", taken, "{noop}x", 2000, unit,
                Instant.now()))).isInstanceOf(DataIntegrityViolationException.class);

        WebClient browser = new WebClient(port);
        browser.login(email, "SaiMatKhau2026");
        browser.login(phone, "SaiMatKhau2026");
        browser.login(TestAccounts.uniqueEmail("khong.co"), PASSWORD);
        assertThat(WebClient.location(new WebClient(port).login(email, PASSWORD))).doesNotContain("login");

        String digits = phone.substring(1);
        assertThat(logged()).as("what the server logged")
                .noneMatch(line -> line.contains(email) || line.contains(digits) || line.contains("Riêng Tư")
                        || line.contains("Hầu Văn") || line.contains(PASSWORD) || line.contains("ma.thi.riengtu")
                        || line.contains("khong.co"));
    }

    private List<String> logged() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : logs.list) {
            if (event.getLoggerName().startsWith("com.icegreen.")) {
                continue; // the test's own mail server, not the platform
            }
            lines.add(event.getLoggerName() + ": " + event.getFormattedMessage());
            for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
                lines.add(event.getLoggerName() + " (" + cause.getClassName() + "): " + cause.getMessage());
            }
        }
        return lines;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    }
}
