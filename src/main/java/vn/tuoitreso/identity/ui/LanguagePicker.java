package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import vn.tuoitreso.identity.Languages;

/** Two buttons, "Tiếng Việt" and "English", for pages shown before log-in. */
class LanguagePicker extends HorizontalLayout {

    LanguagePicker(Languages languages) {
        addClassName("language-picker");
        setSpacing(false);
        add(button(languages, Languages.VIETNAMESE, "language.vi"), button(languages, Languages.ENGLISH, "language.en"));
    }

    private Button button(Languages languages, Locale locale, String key) {
        Button button = new Button(getTranslation(key), e -> {
            languages.choose(locale);
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId("language-" + locale.getLanguage());
        return button;
    }
}
