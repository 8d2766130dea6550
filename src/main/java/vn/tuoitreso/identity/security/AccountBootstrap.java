package vn.tuoitreso.identity.security;

import java.time.Clock;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
 * The first administrator, from {@code APP_ADMIN_EMAIL} and {@code APP_ADMIN_PASSWORD} (never a built-in
 * password), always as a new account: an account someone registered with that contact is never promoted, and
 * the platform refuses to start instead. In demo mode ({@code app.demo}, the {@code demo} profile) the demo
 * accounts listed in README are created, and only while the server listens on the loopback interface alone;
 * outside demo mode every demo account is disabled at start. Runs after the seed content has loaded the units.
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
    private final boolean demo;
    private final String serverAddress;

    AccountBootstrap(AccountRepository accounts, UnitRepository units, PasswordEncoder passwordEncoder,
            TransactionTemplate transaction, Clock clock, @Value("${app.admin.email:}") String adminEmail,
            @Value("${app.admin.password:}") String adminPassword, @Value("${app.demo:false}") boolean demo,
            @Value("${server.address:}") String serverAddress) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.demo = demo;
        this.serverAddress = serverAddress;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo && !loopbackOnly(serverAddress)) {
            throw new IllegalStateException("Demo mode (app.demo=true) publishes passwords, so it serves only the "
                    + "loopback interface: set server.address=127.0.0.1 (the demo profile does), or run without demo mode.");
        }
        transaction.executeWithoutResult(status -> {
            if (!adminEmail.isBlank() && !accounts.existsEnabledAdmin()) {
                createAdmin(adminEmail, adminPassword);
            }
            if (demo) {
                createDemoAccounts();
            } else {
                disableDemoAccounts();
            }
            if (!accounts.existsEnabledAdmin()) {
                log.warn("No administrator account exists. Set APP_ADMIN_EMAIL and APP_ADMIN_PASSWORD and restart.");
            }
        });
    }

    /**
     * Creates a new administrator. A contact that already has an account stops the start: whoever registered it
     * first (registration does not prove the contact is theirs) must not become administrator, and resetting
     * that account's password would hand a stranger's history and data to the administrator.
     */
    void createAdmin(String email, String password) {
        Contact contact = Contact.parse(email)
                .orElseThrow(() -> new IllegalStateException("APP_ADMIN_EMAIL is not a valid e-mail address or mobile number"));
        PasswordRules.problem(password).ifPresent(problem -> {
            throw new IllegalStateException("APP_ADMIN_PASSWORD is not accepted (" + problem + "): "
                    + PasswordRules.MIN_LENGTH + " to " + PasswordRules.MAX_LENGTH + " characters with letters and digits");
        });
        if (accounts.findByContact(contact).isPresent()) {
            throw new IllegalStateException("APP_ADMIN_EMAIL already belongs to an account that is not an enabled "
                    + "administrator; it is not promoted, since whoever registered it may not own it. Set APP_ADMIN_EMAIL "
                    + "to a contact without an account, start, then deal with that account from the administration.");
        }
        Account admin = accounts.save(new Account("Quản trị viên", contact, passwordEncoder.encode(password), 1990,
                rootUnit(), Instant.now(clock)));
        admin.grant(Role.ADMIN);
        log.info("The first administrator was created from APP_ADMIN_EMAIL");
    }

    void disableDemoAccounts() {
        List<Account> demos = accounts.findByDemoTrueAndEnabledTrue();
        demos.forEach(Account::disable);
        if (!demos.isEmpty()) {
            log.warn("{} demo accounts (published passwords) were disabled: the platform runs without demo mode",
                    demos.size());
        }
    }

    static boolean loopbackOnly(String address) {
        if (address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void createDemoAccounts() {
        long unitId = units.findAllByOrderByDisplayOrderAscNameAsc().stream()
                .filter(u -> u.parentId() != null).findFirst().map(Unit::id).orElseGet(this::rootUnit);
        for (Demo demo : DEMOS) {
            Contact contact = Contact.parse(demo.email()).orElseThrow();
            Optional<Account> existing = accounts.findByContact(contact);
            if (existing.isPresent()) {
                existing.filter(Account::demo).ifPresent(Account::enable);
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
