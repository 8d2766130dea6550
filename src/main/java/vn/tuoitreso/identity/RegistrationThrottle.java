package vn.tuoitreso.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.tuoitreso.identity.account.Contact;
import vn.tuoitreso.identity.security.Throttles;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * Limits registration attempts per network address (lenient: a whole school may register from one address)
 * and per contact from anywhere, so that nobody can try contact after contact to learn which have accounts.
 * Contacts are counted by their SHA-256, never stored as typed.
 */
@Component
class RegistrationThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final Throttles throttles;
    private final Clock clock;
    private final int perAddress;
    private final int perContact;

    RegistrationThrottle(Throttles throttles, Clock clock,
            @Value("${app.registration.per-address-per-hour:100}") int perAddress,
            @Value("${app.registration.per-contact-per-hour:5}") int perContact) {
        this.throttles = throttles;
        this.clock = clock;
        this.perAddress = perAddress;
        this.perContact = perContact;
    }

    /** Counts one attempt; refuses it when its address or its contact has tried too often this hour. */
    void attempt(@Nullable String contact) {
        @Nullable String address = clientAddress();
        boolean tooMany = address != null
                && throttles.count("register-address:" + address, clock.instant(), WINDOW) > perAddress;
        String key = Contact.parse(contact).map(Contact::value)
                .orElse(contact == null ? "" : contact.strip().toLowerCase(Locale.ROOT));
        if (!key.isEmpty() && throttles.count("register-contact:" + sha256(key), clock.instant(), WINDOW) > perContact) {
            tooMany = true;
        }
        if (tooMany) {
            throw InvalidInputException.of("", "validation.registration.tooMany");
        }
    }

    private static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
