package vn.tuoitreso.identity.security;

import org.springframework.security.core.AuthenticationException;

/** Log-in refused because one network address failed very many times recently. */
class TooManyAttemptsException extends AuthenticationException {

    TooManyAttemptsException() {
        super("too many failed log-ins from this address");
    }
}
