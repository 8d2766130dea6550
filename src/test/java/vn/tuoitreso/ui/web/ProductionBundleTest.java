package vn.tuoitreso.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The committed bundle knows every view. Vaadin loads each view's components from a chunk made for it when the
 * bundle was built; a view added since has no chunk, and its components would show as empty elements when it
 * is opened directly, although the build finds nothing missing.
 */
class ProductionBundleTest {

    @Test
    void the_bundle_was_built_for_every_view() throws IOException {
        List<String> builtFor = Files.readAllLines(Path.of("src/main/bundles/routes.txt"));
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> views = scanner.findCandidateComponents("vn.tuoitreso").stream()
                .map(BeanDefinition::getBeanClassName).sorted().toList();

        assertThat(views).as("views").isNotEmpty();
        assertThat(builtFor)
                .as("views the committed bundle (src/main/bundles/prod.bundle) was built for: after adding a view,"
                        + " run frontend/build-bundle.sh and commit src/main/bundles/")
                .containsAll(views);
    }
}
