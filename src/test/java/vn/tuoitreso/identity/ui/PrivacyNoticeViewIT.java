package vn.tuoitreso.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;

/** The privacy notice in Vietnamese: linked from registration and the footer of every page. */
class PrivacyNoticeViewIT extends BrowserlessViewTest {

    @Autowired Accounts accounts;
    @Autowired Units units;

    /** The notice itself is the public site's HTML page (PublicSiteIT reads its sections). */
    @Test
    void a_visitor_finds_the_notice_from_registration() {
        UI.getCurrent().navigate("register");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains(PrivacyLink.ROUTE);
    }

    @Test
    void the_footer_of_a_logged_in_page_links_the_notice() {
        AccountSummary learner = new TestAccounts(accounts, units).create("Hà Thị Riêng");
        login(learner.contact());
        UI.getCurrent().navigate("learner");
        assertThat($(Anchor.class).all()).filteredOn(a -> a.hasClassName("privacy-link")).extracting(Anchor::getHref)
                .containsExactly(PrivacyLink.ROUTE);
    }
}
