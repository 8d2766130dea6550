package vn.tuoitreso.identity.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/** Log-in not tried: this node already has as many log-ins in progress as it takes ({@link LoginAdmission}). */
class LoginQueueFullException extends AuthenticationServiceException {

    LoginQueueFullException() {
        super("too many log-ins in progress");
    }
}
