package vn.tuoitreso.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void a_long_password_with_letters_and_digits_is_accepted() {
        assertThat(PasswordRules.problem("NuiRung2026", "Lò Thị Mai")).isEmpty();
    }

    @Test
    void short_passwords_are_refused() {
        assertThat(PasswordRules.problem("ab12")).contains("validation.password.tooShort");
    }

    @Test
    void passwords_need_letters_and_digits() {
        assertThat(PasswordRules.problem("chilachu")).contains("validation.password.lettersAndDigits");
        assertThat(PasswordRules.problem("1234509876")).contains("validation.password.lettersAndDigits");
    }

    @Test
    void common_passwords_are_refused() {
        assertThat(PasswordRules.problem("Matkhau123")).contains("validation.password.common");
    }

    @Test
    void passwords_containing_the_name_are_refused() {
        assertThat(PasswordRules.problem("hoanganh99", "Hoang", "Anh")).contains("validation.password.personal");
    }
}
