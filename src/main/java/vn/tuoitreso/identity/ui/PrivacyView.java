package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.tuoitreso.identity.Languages;

/**
 * The privacy notice, open to everyone: what the platform keeps about a person, why, for how long and who
 * sees it, what parents and guardians consent to, and what each person can do about it.
 */
@Route(value = PrivacyLink.ROUTE, autoLayout = false)
@AnonymousAllowed
class PrivacyView extends Main implements HasDynamicTitle {

    static final List<String> SECTIONS = List.of("controller", "data", "purpose", "retention", "access", "children",
            "rights", "law");

    PrivacyView(Languages languages) {
        addClassName("registration-view");
        addClassName("privacy-view");
        add(new LanguagePicker(languages), new H1(getTranslation("privacy.title")),
                new Paragraph(getTranslation("privacy.intro")));
        for (String section : SECTIONS) {
            H2 title = new H2(getTranslation("privacy." + section + ".title"));
            title.setId("privacy-" + section);
            add(title);
            for (String paragraph : getTranslation("privacy." + section + ".body").split("\n")) {
                add(new Paragraph(paragraph));
            }
        }
        add(new Anchor("login", getTranslation("recovery.backToLogin")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " · " + getTranslation("brand.name");
    }
}
