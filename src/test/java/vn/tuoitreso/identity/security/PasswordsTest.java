package vn.tuoitreso.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordsTest {

    /** 21 words, over 100 bytes in UTF-8: bcrypt alone refuses it. */
    static final String PASSPHRASE = "Tôi yêu quê hương Cao Bằng, thác Bản Giốc và núi non trùng điệp năm 2026";

    private final PasswordEncoder encoder = Passwords.encoder();

    @Test
    void a_vietnamese_passphrase_over_72_bytes_is_hashed_with_argon2id_and_matches_only_itself() {
        assertThat(PASSPHRASE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        String hash = encoder.encode(PASSPHRASE);
        assertThat(hash).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches(PASSPHRASE, hash)).isTrue();
        // bcrypt would have cut it at 72 bytes: a different ending must not match.
        assertThat(encoder.matches(PASSPHRASE.substring(0, PASSPHRASE.length() - 1) + "7", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void a_new_hash_carries_owasps_seven_mib_and_five_passes() {
        assertThat(encoder.encode("HocTap2026xyz")).startsWith("{argon2}$argon2id$v=19$m=7168,t=5,p=1$");
    }

    @Test
    void an_argon2id_hash_of_spring_s_former_defaults_still_verifies_and_asks_to_be_upgraded() {
        String old = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("HocTap2026xyz");
        assertThat(old).contains("$m=16384,t=2,p=1$");
        assertThat(encoder.matches("HocTap2026xyz", old)).isTrue();
        assertThat(encoder.matches("HocTap2026xyy", old)).isFalse();
        assertThat(encoder.upgradeEncoding(old)).isTrue();
    }

    @Test
    void the_c_library_and_bouncy_castle_read_each_other_s_hashes() {
        PasswordEncoder c = Passwords.argon2();
        assertThat(c).isInstanceOf(Passwords.NativeArgon2.class);
        PasswordEncoder java = Passwords.javaArgon2();
        assertThat(java.matches(PASSPHRASE, c.encode(PASSPHRASE))).isTrue();
        String byJava = java.encode(PASSPHRASE);
        assertThat(c.matches(PASSPHRASE, byJava)).isTrue();
        assertThat(c.matches(PASSPHRASE + "!", byJava)).isFalse();
        assertThat(c.matches(PASSPHRASE, "$argon2id$v=19$m=7168,t=5,p=1$not-a-hash")).isFalse();
    }

    @Test
    void an_old_bcrypt_hash_still_verifies_and_asks_to_be_upgraded() {
        String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("HocTap2026xyz");
        assertThat(encoder.matches("HocTap2026xyz", old)).isTrue();
        assertThat(encoder.matches("HocTap2026xyy", old)).isFalse();
        assertThat(encoder.upgradeEncoding(old)).isTrue();
    }

    @Test
    void a_long_passphrase_against_an_old_bcrypt_hash_is_simply_wrong_not_an_error() {
        String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("HocTap2026xyz");
        assertThat(encoder.matches(PASSPHRASE, old)).isFalse();
    }
}
