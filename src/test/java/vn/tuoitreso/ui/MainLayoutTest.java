package vn.tuoitreso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainLayoutTest {

    @Test
    void the_avatar_shows_two_letters_of_a_vietnamese_name() {
        assertThat(MainLayout.initials("Hoàng Thị Lan Anh")).isEqualTo("HA");
        assertThat(MainLayout.initials("  Giàng A Páo ")).isEqualTo("GP");
        assertThat(MainLayout.initials("Mây")).isEqualTo("M");
        assertThat(MainLayout.initials("")).isEmpty();
        assertThat(MainLayout.initials("đặng văn đức")).isEqualTo("ĐĐ");
    }
}
