package vn.tuoitreso.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import jakarta.servlet.ServletContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.WebClient;

/**
 * An open tab does not keep its session alive for ever: the servlet container ends a session after the idle
 * time, and Vaadin does not count its heartbeats as activity (closeIdleSessions), so only a person's own actions do.
 */
@PlatformTest
class IdleSessionsIT {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    @Test
    void sessions_end_after_an_hour_without_action_and_heartbeats_do_not_count_as_action() throws Exception {
        assertThat(new WebClient(port).get("/login").statusCode()).isEqualTo(200);
        assertThat(servletContext.getSessionTimeout()).as("minutes without action before a session ends").isEqualTo(60);
        VaadinServlet vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance).map(VaadinServlet.class::cast).findFirst().orElseThrow();
        DeploymentConfiguration configuration = vaadin.getService().getDeploymentConfiguration();
        assertThat(configuration.isCloseIdleSessions()).as("heartbeats do not keep a session alive").isTrue();
        assertThat(configuration.getHeartbeatInterval()).as("seconds between heartbeats, well under the idle time")
                .isPositive().isLessThan(60 * 60);
    }
}
