package vn.tuoitreso.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

class DemoProfileTest {

    @Test
    void the_demo_profile_turns_demo_mode_on_and_listens_on_the_loopback_interface_only() throws IOException {
        PropertySource<?> demo = new YamlPropertySourceLoader()
                .load("demo", new ClassPathResource("application-demo.yaml")).get(0);
        assertThat(String.valueOf(demo.getProperty("app.demo"))).isEqualTo("true");
        assertThat(AccountBootstrap.loopbackOnly(String.valueOf(demo.getProperty("server.address")))).isTrue();
    }

    @Test
    void without_the_profile_demo_mode_is_off() throws IOException {
        PropertySource<?> base = new YamlPropertySourceLoader()
                .load("base", new ClassPathResource("application.yaml")).get(0);
        assertThat(String.valueOf(base.getProperty("app.demo"))).isEqualTo("false");
        assertThat(base.getProperty("server.address")).isNull();
    }
}
