package vn.tuoitreso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import vn.tuoitreso.content.SeedUnits;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClockConfiguration;

/** The identity module alone (it needs only the shared kernel): a registration is told as {@link UserRegistered}. */
@ApplicationModuleTest
@DirtiesContext // a context of its own, shared with no other test class: closed after this one
@Import(TestClockConfiguration.class)
class IdentityModuleIT {

    private final Accounts accounts;
    private final Units units;

    private long unitId;

    IdentityModuleIT(Accounts accounts, Units units) {
        this.accounts = accounts;
        this.units = units;
    }

    @BeforeEach
    void findUnit() {
        SeedUnits.ensureLoaded(units);
        unitId = new TestAccounts(accounts, units).anyUnitId();
    }

    @Test
    void registering_publishes_user_registered_with_the_unit(Scenario scenario) {
        Registration registration = new Registration("Lục Thị Đăng Ký", TestAccounts.uniqueEmail("dang.ky"),
                TestAccounts.PASSWORD, 2006, unitId);

        scenario.stimulate(() -> accounts.register(registration))
                .andWaitForEventOfType(UserRegistered.class)
                .matching(registered -> registered.unitId() == unitId)
                .toArriveAndVerify((registered, account) -> {
                    assertThat(registered).isEqualTo(new UserRegistered(account.id(), unitId));
                    assertThat(account.unitId()).isEqualTo(unitId);
                });
    }

    @Test
    void a_refused_registration_publishes_nothing(AssertablePublishedEvents events) {
        String contact = TestAccounts.uniqueEmail("hai.lan");
        AccountSummary first = accounts.register(new Registration("Đinh Văn Một", contact, TestAccounts.PASSWORD,
                2000, unitId));

        assertThatThrownBy(() -> accounts.register(new Registration("Đinh Văn Hai", contact, TestAccounts.PASSWORD,
                2001, unitId))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.contact.unavailable"));
        assertThat(events.ofType(UserRegistered.class).matchingValue(UserRegistered::unitId, unitId))
                .containsExactly(new UserRegistered(first.id(), unitId));
    }
}
