package vn.tuoitreso.ui.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers keep the static files. The bundle's files are named by a hash of their content, and the
 * page links Lumo and the application's styles with a hash of theirs ({@code ?v-c=}), so these are kept for a
 * year and never asked for again, not even after a restart or a deploy. Static files asked for without a hash
 * (the icon, a style sheet by its bare name) are kept for an hour and then revalidated by an ETag computed from
 * their content, never by a Last-Modified date, which Vaadin takes from when the files were unpacked.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceCaching {

    /** A file of the bundle: Vite names each one {@code name-<8-character hash>.js}. */
    static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css)");

    /** Static files without a hash in their name, served by Vaadin from the class path. */
    static final String[] UNHASHED = {"/lumo/*", "/styles/*", "/icons/*"};

    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String AN_HOUR = "public, max-age=3600";

    private static final Set<String> CACHE_HEADERS = Set.of(HttpHeaders.CACHE_CONTROL.toLowerCase(),
            HttpHeaders.EXPIRES.toLowerCase(), HttpHeaders.PRAGMA.toLowerCase(),
            HttpHeaders.LAST_MODIFIED.toLowerCase());

    @Bean
    FilterRegistrationBean<Filter> staticCacheHeaders() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new CacheHeaders());
        registration.addUrlPatterns("/VAADIN/build/*");
        registration.addUrlPatterns(UNHASHED);
        // Before Spring Security, whose headers would otherwise forbid caching.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * A weak ETag made of the content of the static file Vaadin serves at {@code path} (from
     * {@code META-INF/resources} on the class path); empty when there is no such file.
     */
    static Optional<String> etagOf(String path) {
        if (path.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = StaticResourceCaching.class.getClassLoader()
                .getResourceAsStream("META-INF/resources" + path)) {
            return in == null ? Optional.empty()
                    : Optional.of("W/\"" + DigestUtils.md5DigestAsHex(in) + "\"");
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Sets the cache policy and keeps whoever serves the file from replacing it. */
    static final class CacheHeaders extends OncePerRequestFilter {

        private final Map<String, String> etags = new ConcurrentHashMap<>();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            // Vaadin links the style sheets with a hash of their content in "v-c".
            String policy = HASHED.matcher(path).matches() || request.getParameter("v-c") != null ? FOREVER
                    : path.startsWith("/VAADIN/") ? null : AN_HOUR;
            if (policy == null) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, policy);
            if (policy.equals(AN_HOUR)) {
                String etag = etags.get(path);
                if (etag == null) {
                    etag = etagOf(path).orElse(null);
                    if (etag != null) {
                        etags.put(path, etag);
                    }
                }
                if (etag != null) {
                    response.setHeader(HttpHeaders.ETAG, etag);
                    String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
                    if (asked != null && asked.contains(etag.substring(2))) {
                        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                        return;
                    }
                }
            }
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    if (!CACHE_HEADERS.contains(name.toLowerCase())) {
                        super.setHeader(name, value);
                    }
                }

                @Override
                public void addHeader(String name, String value) {
                    if (!CACHE_HEADERS.contains(name.toLowerCase())) {
                        super.addHeader(name, value);
                    }
                }

                @Override
                public void setDateHeader(String name, long date) {
                    if (!CACHE_HEADERS.contains(name.toLowerCase())) {
                        super.setDateHeader(name, date);
                    }
                }

                @Override
                public void addDateHeader(String name, long date) {
                    if (!CACHE_HEADERS.contains(name.toLowerCase())) {
                        super.addDateHeader(name, date);
                    }
                }
            });
        }
    }
}
