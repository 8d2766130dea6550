package vn.tuoitreso.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** A plain page telling what went wrong, in the person's language, with a way back home. */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String title = "";

    protected void show(String titleKey, String textKey) {
        removeAll();
        addClassName("error-page");
        title = getTranslation(titleKey);
        add(new H1(title), new Paragraph(getTranslation(textKey)), new Anchor("", getTranslation("error.backHome")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
