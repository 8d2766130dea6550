package vn.tuoitreso.test;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Views tested in the JVM with Vaadin's Browserless Testing, on the real Spring context and database. */
@PlatformTest
@ViewPackages(packages = "vn.tuoitreso")
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    @Autowired
    private UserDetailsService users;

    @BeforeEach
    void anonymous() {
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    /** Logs in as the account with this contact, as Spring Security would after a form log-in. */
    protected void login(String loginName) {
        UserDetails user = users.loadUserByUsername(loginName);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
    }

    /** Clicks as a person would: refused when the button is disabled or hidden. */
    protected void click(Button button) {
        test(button).click();
    }

    /** The texts of the notifications open now, oldest first. */
    protected List<String> notifications() {
        return $(Notification.class).all().stream().filter(Notification::isOpened).map(n -> test(n).getText()).toList();
    }

    /** Closes every open notification. */
    protected void clearNotifications() {
        $(Notification.class).all().forEach(Notification::close);
        roundTrip();
    }

    /** One row of a grid as its cells' texts joined by spaces, as a person reads it. */
    protected String row(Grid<?> grid, int row) {
        int columns = grid.getColumns().size();
        return IntStream.range(0, columns).mapToObj(c -> {
            String text = test(grid).getCellText(row, c);
            return text == null || text.isEmpty() ? test(grid).getCellComponent(row, c).getElement().getTextRecursively() : text;
        }).collect(Collectors.joining(" "));
    }
}
