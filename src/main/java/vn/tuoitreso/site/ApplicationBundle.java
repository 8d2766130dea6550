package vn.tuoitreso.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The main files of the application's bundle as the server serves it (their names carry a hash of their content):
 * the entry script that Vaadin's page loads, the scripts it imports first and their shared chunks. The log-in page
 * asks the browser to fetch them while the person types, so the first screen after logging in finds them cached.
 */
@Component
class ApplicationBundle {

    private static final Logger log = LoggerFactory.getLogger(ApplicationBundle.class);
    private static final String WEBAPP = "META-INF/VAADIN/webapp/";
    private static final Pattern ENTRY = Pattern.compile("src=\"\\./(VAADIN/build/[A-Za-z0-9_.-]+\\.js)\"");
    private static final Pattern IMPORTED = Pattern.compile("[\"'`]\\./([A-Za-z0-9_-]+-[A-Za-z0-9_-]{8}\\.js)[\"'`]");

    private final List<String> files;

    ApplicationBundle() {
        this.files = read();
    }

    /** The paths of the files to fetch ahead, from the root, e.g. {@code /VAADIN/build/indexhtml-aHd4HqMe.js}. */
    List<String> mainFiles() {
        return files;
    }

    private static List<String> read() {
        @Nullable String index = resource(WEBAPP + "index.html");
        if (index == null) {
            log.info("No production bundle on the class path: the log-in page fetches nothing ahead");
            return List.of();
        }
        Matcher entry = ENTRY.matcher(index);
        if (!entry.find()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        String entryPath = entry.group(1);
        found.add("/" + entryPath);
        @Nullable String script = resource(WEBAPP + entryPath);
        if (script != null) {
            // What the entry imports: Vaadin's client, its bootstrap, the generated imports and their chunks.
            Matcher imported = IMPORTED.matcher(script);
            while (imported.find()) {
                found.add("/VAADIN/build/" + imported.group(1));
            }
        }
        return List.copyOf(found);
    }

    private static @Nullable String resource(String name) {
        try (InputStream in = ApplicationBundle.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
