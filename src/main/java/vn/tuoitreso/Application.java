package vn.tuoitreso;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tuổi Trẻ Số: digital-skills courses and the creative idea contest of a provincial Youth Union.
 * No {@code @PWA}: its service worker would pre-cache about 1 MB on the first visit, too much for
 * learners on metered mobile data.
 */
@SpringBootApplication
@Modulithic(systemName = "Tuổi Trẻ Số", sharedModules = "shared")
@EnableScheduling
@EnableAsync
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/tuoitreso.css")
@Meta(name = "theme-color", content = "#0b5ed7")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
    }
}
