package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.html.Anchor;

/** The link to the privacy notice that every page's footer carries. */
public class PrivacyLink extends Anchor {

    /** The route of the public privacy notice. */
    public static final String ROUTE = "quyen-rieng-tu";

    public PrivacyLink() {
        super(ROUTE, "");
        setText(getTranslation("privacy.link"));
        addClassName("privacy-link");
        // The notice is a plain page of the public site, not a view: a full page load.
        setRouterIgnore(true);
    }
}
