package vn.tuoitreso.identity.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Refuses log-ins from an address with too many recent failures, then checks the password. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final AddressThrottle addresses;

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider delegate, AddressThrottle addresses) {
        this.delegate = delegate;
        this.addresses = addresses;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null && !addresses.allows(details.getRemoteAddress())) {
            throw new TooManyAttemptsException();
        }
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
