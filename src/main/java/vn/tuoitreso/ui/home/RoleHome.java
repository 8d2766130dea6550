package vn.tuoitreso.ui.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import vn.tuoitreso.identity.CurrentUser;

/** A role's home page: a greeting, what this role does here, and shortcuts to its work. */
abstract class RoleHome extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    RoleHome(CurrentUser currentUser, String titleKey, String introKey) {
        this.titleKey = titleKey;
        addClassName("role-home");
        setPadding(true);
        add(new H2(getTranslation("home.greeting", currentUser.fullName().orElse(""))));
        add(new Paragraph(getTranslation(introKey)));
    }

    /** Adds a card linking to a route path of this or another module. */
    protected void shortcut(String path, String titleKey, String textKey) {
        Anchor link = new Anchor(path, getTranslation(titleKey));
        Div card = new Div(link, new Paragraph(getTranslation(textKey)));
        card.addClassName("shortcut");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
