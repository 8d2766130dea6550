package vn.tuoitreso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

@PlatformTest
@RecordApplicationEvents
class AccountsIT {

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    TestAccounts testAccounts;

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(accounts, units);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_visitor_registers_as_a_learner_of_the_chosen_unit_and_the_event_is_published() {
        String email = TestAccounts.uniqueEmail("mai");
        long unitId = testAccounts.anyUnitId();
        AccountSummary account = accounts.register(new Registration("  Lò   Thị Mai ", email.toUpperCase(),
                TestAccounts.PASSWORD, 2005, unitId));

        assertThat(account.fullName()).isEqualTo("Lò Thị Mai");
        assertThat(account.email()).isEqualTo(email);
        assertThat(account.roles()).containsExactly(Role.LEARNER);
        assertThat(account.unitId()).isEqualTo(unitId);
        assertThat(events.stream(UserRegistered.class)).containsExactly(new UserRegistered(account.id(), unitId));
    }

    @Test
    void a_mobile_number_registers_in_any_usual_spelling_and_logs_in_normalised() {
        String phone = "09" + String.format("%08d", System.nanoTime() % 100_000_000L);
        accounts.register(new Registration("Vàng A Dế", "+84" + phone.substring(1), TestAccounts.PASSWORD, 2003,
                testAccounts.anyUnitId()));
        assertThat(users.loadUserByUsername(phone.substring(0, 3) + " " + phone.substring(3)).getUsername())
                .isEqualTo(phone);
    }

    @Test
    void every_broken_rule_is_reported_at_once_and_nothing_is_saved() {
        long before = count();
        assertThatThrownBy(() -> accounts.register(new Registration("X", "mai@", "abc", 1850, 987654321L)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("fullName", "validation.fullName"),
                                org.assertj.core.groups.Tuple.tuple("contact", "validation.contact.format"),
                                org.assertj.core.groups.Tuple.tuple("birthYear", "validation.birthYear"),
                                org.assertj.core.groups.Tuple.tuple("unit", "validation.unit.choose"),
                                org.assertj.core.groups.Tuple.tuple("password", "validation.password.tooShort")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_malformed_phone_number_is_refused() {
        assertThatThrownBy(() -> accounts.register(new Registration("Lò Văn Pó", "012345", TestAccounts.PASSWORD,
                2001, testAccounts.anyUnitId())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.concerns("contact")).isTrue());
    }

    @Test
    void a_weak_password_is_refused() {
        assertThatThrownBy(() -> accounts.register(new Registration("Lò Văn Pó", TestAccounts.uniqueEmail("po"),
                "12345678", 2001, testAccounts.anyUnitId())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("validation.password.lettersAndDigits"));
    }

    @Test
    void a_second_account_with_the_same_contact_is_refused() {
        String email = TestAccounts.uniqueEmail("twice");
        accounts.register(new Registration("Giàng Thị Dua", email, TestAccounts.PASSWORD, 2000, testAccounts.anyUnitId()));
        long before = count();
        assertThatThrownBy(() -> accounts.register(new Registration("Giàng Thị Dua", " " + email.toUpperCase() + " ",
                TestAccounts.PASSWORD, 2000, testAccounts.anyUnitId())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("validation.contact.unavailable"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void whether_a_contact_has_an_account_is_not_told_while_the_rest_of_the_form_is_wrong() {
        AccountSummary someone = testAccounts.create("Hà Thị Diệu");
        assertThatThrownBy(() -> accounts.register(new Registration("Hà Thị Diệu", someone.contact(), "abc", 2000,
                testAccounts.anyUnitId())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("validation.password.tooShort"));
    }

    @Test
    void registration_attempts_with_one_contact_are_limited_from_anywhere() {
        String email = TestAccounts.uniqueEmail("probe");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> accounts.register(new Registration("X", email, "abc", 2000, -1L)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("fullName")).isTrue());
        }
        assertThatThrownBy(() -> accounts.register(new Registration("Lò Văn Pó", email, TestAccounts.PASSWORD, 2001,
                testAccounts.anyUnitId())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("validation.registration.tooMany"));
    }

    @Test
    void registration_attempts_from_one_address_are_limited() {
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr("2001:db8::" + Long.toHexString(System.nanoTime() & 0xffffL) + ":"
                + Long.toHexString(System.currentTimeMillis() & 0xffffL));
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            for (int i = 0; i < 100; i++) {
                String contact = TestAccounts.uniqueEmail("many");
                assertThatThrownBy(() -> accounts.register(new Registration("X", contact, "abc", 2000, -1L)))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("fullName")).isTrue());
            }
            assertThatThrownBy(() -> accounts.register(new Registration("Lò Văn Pó", TestAccounts.uniqueEmail("po"),
                    TestAccounts.PASSWORD, 2001, testAccounts.anyUnitId())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInputException.Problem::messageKey)
                            .containsExactly("validation.registration.tooMany"));
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void a_vietnamese_passphrase_over_72_bytes_registers_and_is_kept_with_argon2id() {
        String passphrase = "Tôi yêu quê hương Cao Bằng, thác Bản Giốc và núi non trùng điệp năm 2026";
        assertThat(passphrase.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        AccountSummary account = accounts.register(new Registration("Nông Văn Dền", TestAccounts.uniqueEmail("den"),
                passphrase, 2002, testAccounts.anyUnitId()));
        String hash = users.loadUserByUsername(account.contact()).getPassword();
        assertThat(hash).startsWith("{argon2}");
        assertThat(passwordEncoder.matches(passphrase, hash)).isTrue();
    }

    @Test
    void a_new_email_or_phone_needs_the_current_password() {
        AccountSummary me = testAccounts.create("Lý Văn Tùng");
        loginAs(me);
        String newEmail = TestAccounts.uniqueEmail("tung");
        assertThatThrownBy(() -> accounts.updateProfile(new ProfileChange(me.fullName(), newEmail, 2004, me.unitId())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("validation.password.neededForContact"));
        assertThatThrownBy(() -> accounts.updateProfile(
                new ProfileChange(me.fullName(), newEmail, 2004, me.unitId(), "wrong-one1")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(accounts.updateProfile(new ProfileChange("Lý Văn Tùng", me.contact(), 2003, me.unitId())).birthYear())
                .as("the same contact needs no password").isEqualTo(2003);
        assertThat(accounts.updateProfile(
                new ProfileChange(me.fullName(), newEmail, 2004, me.unitId(), TestAccounts.PASSWORD)).email())
                .isEqualTo(newEmail);
    }

    @Test
    void changes_of_rights_and_passwords_are_published_for_the_audit_log() {
        AccountSummary admin = testAccounts.create("Tô Quản Trị", Role.ADMIN);
        AccountSummary person = testAccounts.create("Vi Thị Hồng");
        loginAs(admin);
        accounts.changeRoles(person.id(), EnumSet.of(Role.LEARNER, Role.JUDGE));
        accounts.revoke(person.id(), Role.JUDGE);
        accounts.disable(person.id());
        assertThat(events.stream(RolesChanged.class).filter(e -> e.accountId() == person.id())).containsExactly(
                new RolesChanged(person.id(), EnumSet.of(Role.LEARNER), EnumSet.of(Role.LEARNER, Role.JUDGE), admin.id()),
                new RolesChanged(person.id(), EnumSet.of(Role.LEARNER, Role.JUDGE), EnumSet.of(Role.LEARNER), admin.id()));
        assertThat(events.stream(AccountDisabled.class)).containsExactly(new AccountDisabled(person.id(), admin.id()));
        loginAs(admin);
        accounts.changePassword(TestAccounts.PASSWORD, "MatKhauMoi2027");
        assertThat(events.stream(PasswordChanged.class)).containsExactly(new PasswordChanged(admin.id()));
    }

    @Test
    void an_unknown_unit_is_refused() {
        assertThatThrownBy(() -> accounts.register(new Registration("Lò Văn Pó", TestAccounts.uniqueEmail("po"),
                TestAccounts.PASSWORD, 2001, -5L)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("unit")).isTrue());
    }

    @Test
    void account_administration_refuses_an_anonymous_caller_and_a_learner() {
        assertThatThrownBy(() -> accounts.find(AccountQuery.all(), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        AccountSummary learner = testAccounts.create("Lù Văn Sáng");
        loginAs(learner);
        assertThatThrownBy(() -> accounts.find(AccountQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.grant(learner.id(), Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.delete(testAccounts.anyUnitId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_grants_and_takes_away_roles_and_finds_accounts() {
        AccountSummary admin = testAccounts.create("Phạm Quản Trị", Role.ADMIN);
        AccountSummary learner = testAccounts.create("Sùng Thị Mỷ");
        loginAs(admin);

        assertThat(accounts.changeRoles(learner.id(), EnumSet.of(Role.LEARNER, Role.JUDGE)).roles())
                .containsExactlyInAnyOrder(Role.LEARNER, Role.JUDGE);
        assertThat(accounts.find(new AccountQuery("sung thi my", Role.JUDGE, null), 0, 50))
                .extracting(AccountSummary::id).contains(learner.id());
        assertThat(accounts.find(new AccountQuery("Sùng Thị Mỷ", Role.ORGANISER, null), 0, 50))
                .extracting(AccountSummary::id).doesNotContain(learner.id());
        assertThat(accounts.count(new AccountQuery(learner.email(), null, null))).isEqualTo(1);
        assertThat(accounts.revoke(learner.id(), Role.JUDGE).roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void an_administrator_cannot_lock_themselves_out() {
        AccountSummary admin = testAccounts.create("Hà Quản Trị", Role.ADMIN);
        loginAs(admin);
        assertThatThrownBy(() -> accounts.disable(admin.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.revoke(admin.id(), Role.ADMIN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.changeRoles(admin.id(), EnumSet.of(Role.LEARNER)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_person_changes_their_profile_password_and_language() {
        AccountSummary me = testAccounts.create("Lò Văn Cường");
        loginAs(me);
        accounts.updateProfile(new ProfileChange("Lò Văn Cường B", me.contact(), 1999, me.unitId()));
        accounts.changeLanguage(Languages.ENGLISH);
        assertThatThrownBy(() -> accounts.changePassword("wrong-one1", "MatKhauMoi2027"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.concerns("currentPassword")).isTrue());
        accounts.changePassword(TestAccounts.PASSWORD, "MatKhauMoi2027");

        AccountSummary after = accounts.me();
        assertThat(after.fullName()).isEqualTo("Lò Văn Cường B");
        assertThat(after.birthYear()).isEqualTo(1999);
        assertThat(after.language()).isEqualTo("en");
    }

    private void loginAs(AccountSummary account) {
        TestAccounts.login(users, account);
    }

    private long count() {
        return SystemTasks.runAsSystem(() -> accounts.count(AccountQuery.all()));
    }
}
