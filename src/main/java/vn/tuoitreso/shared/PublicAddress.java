package vn.tuoitreso.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people reach the platform at, for links printed in QR codes: {@code APP_PUBLIC_BASE_URL}
 * when set, else the address of the request being served (as the proxy forwarded it), so a printed QR
 * code never points at {@code localhost} by accident.
 */
@Component
public class PublicAddress {

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final String configured;
    private final boolean embedded;
    private final int port;

    PublicAddress(@Value("${app.public-base-url:}") String configured,
            @Value("${spring.datasource.url:}") String datasourceUrl, @Value("${server.port:8080}") int port) {
        this.configured = configured.strip().replaceAll("/+$", "");
        this.embedded = datasourceUrl.isBlank();
        this.port = port;
    }

    /** The base address, without a trailing slash. */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString().replaceAll("/+$", "");
        }
        return "http://localhost:" + port;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenUnset() {
        if (configured.isEmpty() && !embedded) {
            log.warn("APP_PUBLIC_BASE_URL is not set: QR codes on certificates and receipts take the address of"
                    + " each request; set it to the address people use (for example https://tuoitreso.example)");
        }
    }
}
