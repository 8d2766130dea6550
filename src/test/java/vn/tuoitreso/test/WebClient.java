package vn.tuoitreso.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser session over plain HTTP: cookies kept, redirects not followed, log-in through the real form. */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public WebClient(int port) {
        this.port = port;
    }

    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        return login(username, password, new String[0]);
    }

    /** Logs in through the form, sending these extra headers (name, value, …) with the form. */
    public HttpResponse<String> login(String username, String password, String... headers)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
