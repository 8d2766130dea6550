package vn.tuoitreso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PublicAddressTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void the_configured_address_wins() {
        assertThat(new PublicAddress("https://tuoitreso.caobang.gov.vn/", "", 8080).base())
                .isEqualTo("https://tuoitreso.caobang.gov.vn");
    }

    @Test
    void without_a_setting_the_address_is_the_one_the_person_used() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/receipt/YT-ABC");
        request.setScheme("https");
        request.setServerName("hoc.tinhdoancaobang.vn");
        request.setServerPort(443);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        assertThat(new PublicAddress("", "jdbc:mariadb://db/tuoitreso", 8080).base())
                .isEqualTo("https://hoc.tinhdoancaobang.vn");
    }

    @Test
    void outside_a_request_it_falls_back_to_this_server() {
        assertThat(new PublicAddress("", "", 8181).base()).isEqualTo("http://localhost:8181");
    }
}
