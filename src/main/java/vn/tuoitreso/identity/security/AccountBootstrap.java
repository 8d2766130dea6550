package vn.tuoitreso.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.UnitType;
import vn.tuoitreso.identity.account.Account;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.account.Contact;
import vn.tuoitreso.identity.account.PasswordRules;
import vn.tuoitreso.identity.unit.Unit;
import vn.tuoitreso.identity.unit.UnitRepository;

/**
 * The first administrator, from {@code APP_ADMIN_EMAIL} and {@code APP_ADMIN_PASSWORD} (never a
 * built-in password), and — in the embedded default run only — the demo accounts listed in README.
 * Runs after the seed content has loaded the units.
 */
@Component
@Order(100)
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "TuoiTreSo@2026";

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private record Demo(String email, String fullName, int birthYear, List<Role> roles) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("hocvien@tuoitreso.vn", "Lò Thị Mai", 2005, List.of(Role.LEARNER)),
            new Demo("giamkhao@tuoitreso.vn", "Nguyễn Văn Hùng", 1990, List.of(Role.LEARNER, Role.JUDGE)),
            new Demo("bantochuc@tuoitreso.vn", "Trần Thị Thu Hà", 1993, List.of(Role.LEARNER, Role.ORGANISER)),
            new Demo("quantri@tuoitreso.vn", "Phạm Đức Anh", 1988, List.of(Role.LEARNER, Role.ADMIN)),
            new Demo("thisinh.pao@tuoitreso.vn", "Giàng A Páo", 2001, List.of(Role.LEARNER)),
            new Demo("thisinh.binh@tuoitreso.vn", "Lường Thị Bình", 1998, List.of(Role.LEARNER)),
            new Demo("thisinh.cuong@tuoitreso.vn", "Đỗ Mạnh Cường", 1996, List.of(Role.LEARNER)));

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String adminEmail;
    private final String adminPassword;
    private final boolean demoAccounts;

    AccountBootstrap(AccountRepository accounts, UnitRepository units, PasswordEncoder passwordEncoder,
            TransactionTemplate transaction, Clock clock, @Value("${app.admin.email:}") String adminEmail,
            @Value("${app.admin.password:}") String adminPassword,
            @Value("${app.demo-accounts:auto}") String demoAccounts,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.demoAccounts = "true".equals(demoAccounts) || ("auto".equals(demoAccounts) && datasourceUrl.isBlank());
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            createFirstAdmin();
            if (demoAccounts) {
                createDemoAccounts();
            }
            if (!accounts.existsEnabledAdmin()) {
                log.warn("No administrator account exists. Set APP_ADMIN_EMAIL and APP_ADMIN_PASSWORD and restart.");
            }
        });
    }

    private void createFirstAdmin() {
        if (adminEmail.isBlank() || accounts.existsEnabledAdmin()) {
            return;
        }
        Contact contact = Contact.parse(adminEmail)
                .orElseThrow(() -> new IllegalStateException("APP_ADMIN_EMAIL is not a valid e-mail address or mobile number"));
        PasswordRules.problem(adminPassword).ifPresent(problem -> {
            throw new IllegalStateException("APP_ADMIN_PASSWORD is too weak (" + problem + "): at least "
                    + PasswordRules.MIN_LENGTH + " characters with letters and digits");
        });
        Account admin = accounts.findByContact(contact).orElseGet(() -> accounts.save(new Account("Quản trị viên",
                contact, passwordEncoder.encode(adminPassword), 1990, rootUnit(), Instant.now(clock))));
        admin.grant(Role.ADMIN);
        admin.enable();
        log.info("The first administrator is account {}", admin.id());
    }

    private void createDemoAccounts() {
        long unitId = units.findAllByOrderByDisplayOrderAscNameAsc().stream()
                .filter(u -> u.parentId() != null).findFirst().map(Unit::id).orElseGet(this::rootUnit);
        for (Demo demo : DEMOS) {
            Contact contact = Contact.parse(demo.email()).orElseThrow();
            if (accounts.findByContact(contact).isPresent()) {
                continue;
            }
            Account account = new Account(demo.fullName(), contact, passwordEncoder.encode(DEMO_PASSWORD),
                    demo.birthYear(), unitId, Instant.now(clock));
            demo.roles().forEach(account::grant);
            account.markDemo();
            accounts.save(account);
            log.info("Demo account {} created ({})", account.id(), demo.roles());
        }
    }

    private long rootUnit() {
        return units.findAllByOrderByDisplayOrderAscNameAsc().stream().filter(u -> u.parentId() == null).findFirst()
                .orElseGet(() -> units.save(new Unit("ROOT", "Tỉnh đoàn", UnitType.PROVINCE, null, 0))).id();
    }
}
