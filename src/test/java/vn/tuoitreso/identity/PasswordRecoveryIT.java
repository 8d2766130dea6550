package vn.tuoitreso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.identity.recovery.PasswordResets;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;
import vn.tuoitreso.test.TestMailServer;
import vn.tuoitreso.test.WebClient;

/**
 * A forgotten password, attacked and used: reset links by real SMTP (GreenMail), single-use and
 * time-limited, the same answer for unknown contacts, a limit on mails; in-person codes only from the
 * person's own organisers, guessing refused; every reset ends the sessions already open.
 */
@PlatformTest
class PasswordRecoveryIT {

    private static final AtomicLong PHONES = new AtomicLong(System.currentTimeMillis() % 10_000_000L);
    private static final String NEW_PASSWORD = "MuaXuan2027abc";

    @LocalServerPort
    int port;

    @Autowired
    PasswordRecovery recovery;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    PasswordResets resets;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    TestAccounts testAccounts;

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(accounts, units);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    static String uniquePhone() {
        return String.format("098%07d", PHONES.incrementAndGet() % 10_000_000L);
    }

    @Test
    void a_mailed_link_sets_a_new_password_once_and_ends_the_sessions_already_open() throws Exception {
        AccountSummary account = testAccounts.create("Nông Thị Quên");
        WebClient open = new WebClient(port);
        assertThat(WebClient.location(open.login(account.contact(), TestAccounts.PASSWORD))).doesNotContain("login");
        assertThat(open.get("/learner").statusCode()).isEqualTo(200);

        recovery.requestLink(" " + account.contact().toUpperCase() + " ");
        MimeMessage mail = TestMailServer.awaitMessage(account.contact(), TestMailServer.RESET, 1);
        assertThat(mail.getSubject()).isEqualTo("Đặt lại mật khẩu Tuổi Trẻ Số");
        assertThat(TestMailServer.plainText(mail)).contains("Chào Nông Thị Quên", "60 phút");
        String link = TestMailServer.link(mail, "http://");
        assertThat(link).contains("/reset-password?token=");
        assertThat(TestMailServer.html(mail)).contains("<a href=\"" + link + "\">");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(recovery.linkUsable(token)).isTrue();

        assertThatThrownBy(() -> recovery.resetWithLink(token, "short1")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.concerns("newPassword")).isTrue());
        recovery.resetWithLink(token, NEW_PASSWORD);

        assertThat(WebClient.location(open.get("/learner"))).as("the session open before the reset has ended")
                .endsWith("/login");
        assertThat(WebClient.location(new WebClient(port).login(account.contact(), TestAccounts.PASSWORD)))
                .contains("/login?");
        assertThat(WebClient.location(new WebClient(port).login(account.contact(), NEW_PASSWORD)))
                .doesNotContain("login");
        assertThat(recovery.linkUsable(token)).isFalse();
        assertThatThrownBy(() -> recovery.resetWithLink(token, "AnotherOne2027x")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("recovery.link.invalid"));
    }

    @Test
    void a_link_older_than_an_hour_is_refused_and_a_made_up_one_too() throws Exception {
        AccountSummary account = testAccounts.create("Hoàng Văn Muộn");
        recovery.requestLink(account.contact());
        String link = TestMailServer.link(TestMailServer.awaitMessage(account.contact(), TestMailServer.RESET, 1), "http://");
        String token = link.substring(link.indexOf("token=") + "token=".length());

        clock.advance(PasswordRecovery.LINK_VALID_FOR.plusMinutes(1));
        assertThat(recovery.linkUsable(token)).isFalse();
        assertThatThrownBy(() -> recovery.resetWithLink(token, NEW_PASSWORD)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> recovery.resetWithLink("A".repeat(43), NEW_PASSWORD))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> recovery.resetWithLink(null, NEW_PASSWORD)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void asking_for_an_unknown_contact_answers_the_same_and_sends_nothing() {
        String unknown = TestAccounts.uniqueEmail("khong.co");
        recovery.requestLink(unknown);
        recovery.requestLink("not a contact");
        recovery.requestLink(null);
        AccountSummary known = testAccounts.create("Lương Thị Có");
        recovery.requestLink(known.contact());

        TestMailServer.awaitMessage(known.contact(), TestMailServer.RESET, 1);
        assertThat(TestMailServer.messagesTo(unknown)).isEmpty();
    }

    @Test
    void asking_again_and_again_mails_at_most_three_links_an_hour() {
        AccountSummary account = testAccounts.create("Bế Văn Dồn");
        for (int i = 0; i < 6; i++) {
            recovery.requestLink(account.contact());
        }
        assertThat(resets.countByAccountIdAndMethodAndCreatedAtAfter(account.id(), RecoveryMethod.EMAIL_LINK,
                clock.instant().minus(Duration.ofHours(1)))).isEqualTo(PasswordRecovery.LINKS_PER_HOUR);
        TestMailServer.awaitMessage(account.contact(), TestMailServer.RESET, PasswordRecovery.LINKS_PER_HOUR);

        clock.advance(Duration.ofMinutes(61));
        recovery.requestLink(account.contact());
        TestMailServer.awaitMessage(account.contact(), TestMailServer.RESET, PasswordRecovery.LINKS_PER_HOUR + 1);
    }

    @Test
    void a_phone_account_sets_a_new_password_with_the_code_its_organiser_handed_over() throws Exception {
        String phone = uniquePhone();
        AccountSummary learner = accounts.register(new Registration("Đàm Văn Điện", phone, TestAccounts.PASSWORD, 2008,
                testAccounts.anyUnitId()));
        AccountSummary organiser = testAccounts.create("Cán Bộ Đoàn", Role.ORGANISER);
        WebClient open = new WebClient(port);
        open.login(phone, TestAccounts.PASSWORD);
        assertThat(open.get("/learner").statusCode()).isEqualTo(200);

        TestAccounts.login(users, organiser);
        IssuedCode first = recovery.issueCode(phone);
        IssuedCode code = recovery.issueCode(phone);
        assertThat(code.fullName()).isEqualTo("Đàm Văn Điện");
        assertThat(code.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(Duration.between(clock.instant(), code.expiresAt())).isBetween(Duration.ofHours(23),
                Duration.ofHours(24));
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> recovery.resetWithCode(phone, first.code(), NEW_PASSWORD))
                .as("a newer code ends the older one").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> recovery.resetWithCode(uniquePhone(), code.code(), NEW_PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("recovery.code.invalid"));
        recovery.resetWithCode("+84" + phone.substring(1), code.code().toLowerCase().replace("-", " "),
                NEW_PASSWORD);

        assertThat(WebClient.location(open.get("/learner"))).endsWith("/login");
        assertThat(WebClient.location(new WebClient(port).login(phone, NEW_PASSWORD))).doesNotContain("login");
        assertThatThrownBy(() -> recovery.resetWithCode(phone, code.code(), "YetAnother2027x"))
                .as("a code works once").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void guessing_codes_stops_the_code_after_five_wrong_tries() {
        String phone = uniquePhone();
        accounts.register(new Registration("Mã Thị Đoán", phone, TestAccounts.PASSWORD, 2007, testAccounts.anyUnitId()));
        TestAccounts.login(users, testAccounts.create("Bí Thư Đoàn", Role.ORGANISER));
        IssuedCode code = recovery.issueCode(phone);
        SecurityContextHolder.clearContext();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> recovery.resetWithCode(phone, "AAAA-AAAA", NEW_PASSWORD))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> recovery.resetWithCode(phone, code.code(), NEW_PASSWORD))
                .as("the right code, after five wrong ones").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_code_expires_after_a_day() {
        String phone = uniquePhone();
        accounts.register(new Registration("Lưu Văn Hạn", phone, TestAccounts.PASSWORD, 2007, testAccounts.anyUnitId()));
        TestAccounts.login(users, testAccounts.create("Phó Bí Thư", Role.ORGANISER));
        IssuedCode code = recovery.issueCode(phone);
        SecurityContextHolder.clearContext();

        clock.advance(PasswordRecovery.CODE_VALID_FOR.plusMinutes(1));
        assertThatThrownBy(() -> recovery.resetWithCode(phone, code.code(), NEW_PASSWORD))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_an_organiser_of_the_persons_unit_or_an_admin_makes_codes_and_never_for_an_organiser() {
        AccountSummary learner = testAccounts.create("Triệu Thị Học");
        long otherUnit = SystemTasks.runAsSystem(() -> units.create(null, "TEST-" + PHONES.incrementAndGet(),
                "Đơn vị thử", UnitType.COMMUNE).id());
        AccountSummary registered = accounts.register(new Registration("Cán Bộ Xã Khác",
                TestAccounts.uniqueEmail("xa.khac"), TestAccounts.PASSWORD, 1990, otherUnit));
        AccountSummary otherOrganiser = SystemTasks.runAsSystem(() -> accounts.changeRoles(registered.id(),
                java.util.EnumSet.of(Role.LEARNER, Role.ORGANISER)));
        AccountSummary ownOrganiser = testAccounts.create("Cán Bộ Xã Mình", Role.ORGANISER);
        AccountSummary admin = testAccounts.create("Quản Trị Viên", Role.ADMIN);

        TestAccounts.login(users, learner);
        assertThatThrownBy(() -> recovery.issueCode(ownOrganiser.contact())).isInstanceOf(AccessDeniedException.class);
        TestAccounts.login(users, otherOrganiser);
        assertThatThrownBy(() -> recovery.issueCode(learner.contact())).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("recovery.code.notFound"));
        TestAccounts.login(users, ownOrganiser);
        assertThatThrownBy(() -> recovery.issueCode(admin.contact())).as("an organiser cannot take over an admin")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> recovery.issueCode(otherOrganiser.contact())).isInstanceOf(InvalidInputException.class);
        assertThat(recovery.issueCode(learner.contact()).fullName()).isEqualTo("Triệu Thị Học");
        TestAccounts.login(users, admin);
        assertThat(recovery.issueCode(ownOrganiser.contact()).fullName()).isEqualTo("Cán Bộ Xã Mình");
        assertThatThrownBy(() -> recovery.issueCode(admin.contact())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_disabled_account_gets_no_mail_and_cannot_use_its_code() {
        AccountSummary account = testAccounts.create("Vi Văn Khóa");
        AccountSummary admin = testAccounts.create("Quản Trị Khóa", Role.ADMIN);
        TestAccounts.login(users, admin);
        IssuedCode code = recovery.issueCode(account.contact());
        accounts.disable(account.id());
        SecurityContextHolder.clearContext();

        recovery.requestLink(account.contact());
        assertThatThrownBy(() -> recovery.resetWithCode(account.contact(), code.code(), NEW_PASSWORD))
                .isInstanceOf(InvalidInputException.class);
        assertThat(TestMailServer.messagesTo(account.contact(), TestMailServer.RESET)).isEmpty();
        assertThat(resets.countByAccountIdAndMethodAndCreatedAtAfter(account.id(), RecoveryMethod.EMAIL_LINK,
                clock.instant().minus(Duration.ofHours(1)))).isZero();
    }
}
