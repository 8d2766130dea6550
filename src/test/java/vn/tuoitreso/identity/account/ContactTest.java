package vn.tuoitreso.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

    @Test
    void email_addresses_are_kept_in_lower_case() {
        assertThat(Contact.parse("  Mai.Lo@Gmail.COM ")).contains(new Contact("mai.lo@gmail.com", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "+84912345678", "84912345678", "091 234 5678", "091.234.5678", "(091) 234-5678"})
    void vietnamese_mobile_numbers_are_normalised_to_ten_digits(String typed) {
        assertThat(Contact.parse(typed)).contains(new Contact(null, "0912345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mai", "mai@", "@gmail.com", "mai@gmail", "mai lo@gmail.com", "0212345678",
            "091234567", "09123456789", "+1 912 345 6789", "abc0912345678"})
    void malformed_contacts_are_refused(String typed) {
        assertThat(Contact.parse(typed)).isEmpty();
    }
}
