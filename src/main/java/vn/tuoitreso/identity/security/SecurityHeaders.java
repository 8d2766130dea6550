package vn.tuoitreso.identity.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers that keep pages out of other sites' frames, pictures and scripts to the platform itself,
 * and the browser's sensors off. HSTS comes from Spring Security's defaults: sent on requests that arrived over
 * HTTPS (directly, or as the trusted proxy forwards it).
 */
final class SecurityHeaders {

    /**
     * Vaadin Flow 25.2 starts its client engine with an inline script and runs the server's JavaScript through
     * constructed functions: {@code 'unsafe-inline' 'unsafe-eval'} for scripts and {@code 'unsafe-inline'} for
     * styles are its documented needs. Everything else is the platform's own address; pictures also as
     * {@code data:} (Vaadin's icons) and {@code blob:} (an upload's preview).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        // Eagerly: Vaadin forwards its requests to its own servlet, and a forwarded response is committed
        // behind the back of Spring Security's lazy writer, so its pages went out with none of these headers.
        http.headers(headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
    }
}
