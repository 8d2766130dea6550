package vn.tuoitreso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestMailServer;

/**
 * An e-mail contact counts as verified only after a link sent to it was opened; a changed address is
 * unverified again; the owner of an address someone else registered takes the account back with a reset link.
 */
@PlatformTest
class EmailVerificationIT {

    @Autowired
    EmailVerification verification;

    @Autowired
    PasswordRecovery recovery;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_new_address_is_verified_by_its_link_once_and_a_changed_one_is_not() {
        AccountSummary account = new TestAccounts(accounts, units).create("Hoàng Thị Thư");
        TestAccounts.login(users, account);
        assertThat(verification.mineVerified()).contains(false);

        String link = TestMailServer.link(TestMailServer.awaitMessage(account.contact(), TestMailServer.VERIFY, 1),
                "http://");
        assertThat(link).contains("/verify-email?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        assertThat(verification.verify("A".repeat(43))).isFalse();
        assertThat(verification.mineVerified()).contains(false);
        assertThat(verification.verify(token)).isTrue();
        assertThat(verification.mineVerified()).contains(true);
        assertThat(verification.verify(token)).as("a link works once").isFalse();

        String newAddress = TestAccounts.uniqueEmail("dia.chi.moi");
        accounts.updateProfile(new ProfileChange(account.fullName(), newAddress, account.birthYear(), account.unitId(),
                TestAccounts.PASSWORD));
        assertThat(verification.mineVerified()).contains(false);
        verification.resendMine();
        TestMailServer.awaitMessage(newAddress, TestMailServer.VERIFY, 1);
    }

    @Test
    void the_owner_of_an_address_someone_else_registered_takes_the_account_back_by_a_reset_link() throws Exception {
        AccountSummary squatted = new TestAccounts(accounts, units).create("Kẻ Đăng Ký Hộ");
        recovery.requestLink(squatted.contact());
        String link = TestMailServer.link(TestMailServer.awaitMessage(squatted.contact(), TestMailServer.RESET, 1),
                "http://");
        recovery.resetWithLink(link.substring(link.indexOf("token=") + "token=".length()), "CuaToi2027abc");

        TestAccounts.login(users, squatted);
        assertThat(verification.mineVerified()).as("the reset link proved the address").contains(true);
    }
}
