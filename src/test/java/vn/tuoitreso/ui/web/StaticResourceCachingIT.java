package vn.tuoitreso.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tuoitreso.test.PlatformTest;

/** The static files as a browser gets them from the running platform: compressed, and cached as they deserve. */
@PlatformTest
class StaticResourceCachingIT {

    /** A page of the application open to visitors (the log-in page is plain HTML now). */
    private static final String VAADIN_PAGE = "/register";
    private static final Pattern SCRIPT = Pattern.compile("src=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"");
    private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>");
    private static final Pattern HREF = Pattern.compile("href=\"(?:\\./)?([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void the_bundle_comes_compressed_and_is_kept_for_a_year() throws Exception {
        HttpResponse<byte[]> page = get(VAADIN_PAGE, null);
        assertThat(page.headers().firstValue("Content-Encoding")).as("the page itself").hasValue("gzip");
        Matcher script = SCRIPT.matcher(text(page));
        assertThat(script.find()).as("the page loads the bundle's entry script").isTrue();

        HttpResponse<byte[]> bundle = get("/" + script.group(1), null);

        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(text(bundle)).contains("import");
        assertThat(bundle.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(bundle.headers().firstValue("Last-Modified")).isEmpty();
        assertThat(bundle.headers().firstValue("Expires")).isEmpty();
        assertThat(bundle.headers().firstValue("Pragma")).isEmpty();
    }

    @Test
    void every_bundle_file_the_entry_script_imports_is_kept_for_a_year_too() throws Exception {
        Matcher script = SCRIPT.matcher(text(get(VAADIN_PAGE, null)));
        assertThat(script.find()).isTrue();
        String entry = text(get("/" + script.group(1), null));
        Matcher imported = Pattern.compile("\\./([A-Za-z0-9_.-]+\\.js)").matcher(entry);
        Set<String> files = new LinkedHashSet<>();
        while (imported.find()) {
            files.add(imported.group(1));
        }
        assertThat(files).as("the entry script loads further chunks").isNotEmpty();
        for (String file : files) {
            HttpResponse<byte[]> chunk = get("/VAADIN/build/" + file, null);
            assertThat(chunk.statusCode()).as(file).isEqualTo(200);
            assertThat(chunk.headers().firstValue("Cache-Control")).as(file).hasValue("public, max-age=31536000, immutable");
        }
    }

    @Test
    void the_style_sheets_come_with_their_hash_and_are_kept_for_a_year() throws Exception {
        Set<String> sheets = styleSheets();
        assertThat(sheets).as("Lumo and the application's styles, each with a hash of its content")
                .anyMatch(s -> s.startsWith("/lumo/") && s.contains("?v-c="))
                .anyMatch(s -> s.startsWith("/styles/tuoitreso.css?v-c="));

        for (String sheet : sheets) {
            HttpResponse<byte[]> css = get(sheet, null);
            assertThat(css.statusCode()).as(sheet + ", asked for before logging in").isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Encoding")).as(sheet).hasValue("gzip");
            assertThat(css.headers().allValues("Cache-Control")).as(sheet).containsExactly("public, max-age=31536000, immutable");
            assertThat(css.headers().firstValue("Last-Modified")).as(sheet).isEmpty();
        }
    }

    @Test
    void files_without_a_hash_are_revalidated_by_their_content_not_by_a_date() throws Exception {
        for (String file : List.of("/styles/tuoitreso.css", "/icons/icon.svg")) {
            HttpResponse<byte[]> first = get(file, null);
            assertThat(first.statusCode()).as(file).isEqualTo(200);
            assertThat(first.headers().allValues("Cache-Control")).as(file).containsExactly("public, max-age=3600");
            assertThat(first.headers().firstValue("Last-Modified")).as(file).isEmpty();
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(file + ": an ETag made of the content").isEqualTo("W/\"" + md5(content(first)) + "\"");

            HttpResponse<byte[]> again = get(file, etag);
            assertThat(again.statusCode()).as(file + " asked again with its ETag").isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
        assertThat(get("/styles/tuoitreso.css", null).headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    private Set<String> styleSheets() throws IOException, InterruptedException {
        String page = text(get(VAADIN_PAGE, null));
        Matcher link = LINK.matcher(page);
        Set<String> sheets = new LinkedHashSet<>();
        while (link.find()) {
            Matcher href = HREF.matcher(link.group());
            if (link.group().contains("rel=\"stylesheet\"") && href.find()) {
                sheets.add("/" + href.group(1));
            }
        }
        assertThat(sheets).as("style sheets linked from a Vaadin page:%n%s", page).isNotEmpty();
        return sheets;
    }

    private HttpResponse<byte[]> get(String path, String etag) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) throws IOException {
        return new String(content(response), StandardCharsets.UTF_8);
    }

    private static byte[] content(HttpResponse<byte[]> response) throws IOException {
        return response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent()
                ? gunzip(response.body()) : response.body();
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    private static String md5(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    }
}
