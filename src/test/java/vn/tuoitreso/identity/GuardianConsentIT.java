package vn.tuoitreso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.account.GuardianConsents;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.ProvinceTime;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

/** A child cannot register alone: a parent or guardian is named, reachable and consents; adults are not asked. */
@PlatformTest
class GuardianConsentIT {

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    GuardianConsents consents;

    @Test
    void a_twelve_year_old_without_a_consenting_guardian_is_refused_and_nothing_is_saved() {
        int year = Year.now(ProvinceTime.ZONE).getValue();
        long unitId = new TestAccounts(accounts, units).anyUnitId();
        String email = TestAccounts.uniqueEmail("tre.em");

        assertThatThrownBy(() -> accounts.register(new Registration("Lò Văn Nhỏ", email, TestAccounts.PASSWORD,
                year - 12, unitId))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactlyInAnyOrder("guardianName", "guardianContact", "guardianConsent"));
        assertThatThrownBy(() -> accounts.register(new Registration("Lò Văn Nhỏ", email, TestAccounts.PASSWORD,
                year - 12, unitId, "Lò Thị Mẹ", email, true))).as("the child's own contact is not a guardian's")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("guardianContact"));
        assertThatThrownBy(() -> accounts.register(new Registration("Lò Văn Nhỏ", email, TestAccounts.PASSWORD,
                year - 12, unitId, "Lò Thị Mẹ", "0912345678", false))).isInstanceOf(InvalidInputException.class);

        AccountSummary child = accounts.register(new Registration("Lò Văn Nhỏ", email, TestAccounts.PASSWORD,
                year - 12, unitId, " Lò Thị Mẹ ", "+84 912 345 678", true));
        assertThat(consents.findByAccountId(child.id())).hasValueSatisfying(c -> {
            assertThat(c.guardianName()).isEqualTo("Lò Thị Mẹ");
            assertThat(c.guardianContact()).isEqualTo("0912345678");
        });
    }

    @Test
    void whoever_may_still_be_fifteen_needs_a_guardian_and_a_seventeen_year_old_does_not() {
        int year = Year.now(ProvinceTime.ZONE).getValue();
        assertThat(accounts.needsGuardian(year - 16)).isTrue();
        assertThat(accounts.needsGuardian(year - 17)).isFalse();
        AccountSummary adult = accounts.register(new Registration("Ma Văn Lớn", TestAccounts.uniqueEmail("lon"),
                TestAccounts.PASSWORD, year - 17, new TestAccounts(accounts, units).anyUnitId()));
        assertThat(consents.findByAccountId(adult.id())).isEmpty();
    }
}
