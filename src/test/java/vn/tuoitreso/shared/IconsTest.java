package vn.tuoitreso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

class IconsTest {

    private static final Pattern SYMBOL = Pattern.compile("<symbol id=\"([a-z0-9-]+)\" viewBox=\"0 0 16 16\">");

    @Test
    void every_icon_the_views_name_is_in_the_sprite() throws IOException {
        Set<String> sprite = SYMBOL.matcher(Files.readString(
                Path.of("src/main/resources/META-INF/resources", Icons.SPRITE))).results()
                .map(m -> m.group(1)).collect(Collectors.toSet());
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<String> menuIcons = scanner.findCandidateComponents("vn.tuoitreso").stream()
                .map(view -> (String) ((AnnotatedBeanDefinition) view).getMetadata()
                        .getAnnotationAttributes(Menu.class.getName()).get("icon"))
                .filter(icon -> !icon.isBlank()).map(icon -> icon.replaceFirst("^vaadin:", "")).toList();

        assertThat(menuIcons).as("the menu's icons").isNotEmpty();
        assertThat(sprite).as("symbols in " + Icons.SPRITE).containsAll(menuIcons)
                .containsAll(Arrays.stream(Icons.values()).map(Icons::symbol).toList());
    }

    @Test
    void an_icon_points_at_its_symbol_in_the_sprite() {
        assertThat(Icons.FILE_TEXT_O.create().getSymbol()).isEqualTo("file-text-o");
        assertThat(Icons.named("vaadin:book").getSrc()).isEqualTo(Icons.SPRITE);
        assertThat(Icons.named("vaadin:book").getSymbol()).isEqualTo("book");
    }
}
