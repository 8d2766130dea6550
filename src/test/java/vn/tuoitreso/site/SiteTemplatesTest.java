package vn.tuoitreso.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.ui.Translations;

/** Every text a public page's template names exists in both languages (TranslationsTest reads only Java). */
class SiteTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/site");
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)");

    @Test
    void every_key_in_the_templates_exists_in_vietnamese_and_english() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("login.title", "site.home.title");
        for (String language : new String[] {"vi", "en"}) {
            Properties all = new Properties();
            for (String bundle : Translations.bundles()) {
                try (InputStream in = getClass().getResourceAsStream("/" + bundle + "_" + language + ".properties")) {
                    all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            assertThat(used).as("keys missing in " + language).allMatch(all::containsKey);
        }
    }
}
