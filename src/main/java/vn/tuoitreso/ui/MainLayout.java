package vn.tuoitreso.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.identity.Languages;
import vn.tuoitreso.shared.Icons;

/**
 * The frame of every signed-in page: the product name, the person's menu (profile, language,
 * log out) and the side navigation built from the views' {@code @Menu} entries that this person
 * may open.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final Languages languages;
    private final AuthenticationContext authentication;
    private final SideNav nav = new SideNav();
    private final Span pageTitle = new Span();

    MainLayout(CurrentUser currentUser, Languages languages, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.languages = languages;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        pageTitle.addClassName("page-title");
        addToNavbar(toggle, pageTitle, userMenu());

        Anchor brand = new Anchor("", getTranslation("brand.name"));
        brand.addClassName("brand");
        Header header = new Header(brand);
        // The privacy notice is identity's public page, linked by its route.
        Anchor privacy = new Anchor("quyen-rieng-tu", getTranslation("privacy.link"));
        privacy.setRouterIgnore(true);
        privacy.addClassName("privacy-link");
        Footer footer = new Footer(new Span(getTranslation("brand.owner")), privacy);
        footer.addClassName("drawer-footer");
        addToDrawer(header, new Scroller(nav), footer);
        fillNavigation();
    }

    private void fillNavigation() {
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(Icons.named(entry.icon()));
            }
            nav.addItem(item);
        }
    }

    /**
     * Two letters that fit the avatar: the family name's and the given name's, as Vietnamese names
     * read ("Hoàng Thị Lan Anh" → "HA"); Vaadin's own would take every word.
     */
    static String initials(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        String first = words[0].substring(0, 1);
        return (words.length == 1 ? first : first + words[words.length - 1].substring(0, 1)).toUpperCase(java.util.Locale.ROOT);
    }

    private MenuBar userMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        String name = currentUser.fullName().orElse("");
        Avatar avatar = new Avatar(name);
        avatar.setAbbreviation(initials(name));
        avatar.addClassName("user-avatar");
        MenuItem root = menu.addItem(avatar);
        root.setAriaLabel(getTranslation("shell.userMenu"));
        SubMenu items = root.getSubMenu();
        if (!name.isEmpty()) {
            items.addItem(new Span(name)).setEnabled(false);
            items.addItem(getTranslation("shell.profile"), e -> getUI().ifPresent(ui -> ui.navigate("profile")));
        }
        SubMenu language = items.addItem(getTranslation("shell.language")).getSubMenu();
        language.addItem(getTranslation("language.vi"), e -> switchTo(Languages.VIETNAMESE));
        language.addItem(getTranslation("language.en"), e -> switchTo(Languages.ENGLISH));
        if (currentUser.isAuthenticated()) {
            items.addItem(getTranslation("shell.logout"), e -> authentication.logout());
        }
        return menu;
    }

    private void switchTo(java.util.Locale locale) {
        languages.choose(locale);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(getContent() instanceof com.vaadin.flow.router.HasDynamicTitle titled
                ? titled.getPageTitle() : getTranslation("brand.name"));
    }
}
