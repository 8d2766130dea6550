package vn.tuoitreso.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.security.AccountPrincipal;

/** Who is calling: read from the security context of the current request or UI access. */
@Component
public class CurrentUser {

    public Optional<Long> accountId() {
        return principal().map(AccountPrincipal::accountId);
    }

    /** The caller's account ID; refuses an anonymous caller. */
    public long requireAccountId() {
        return accountId().orElseThrow(() -> new AccessDeniedException("authentication required"));
    }

    public boolean isAuthenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    public boolean hasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** Organisers and administrators: they see hidden content and run courses and contests. */
    public boolean isOrganiser() {
        return hasRole(Role.ORGANISER) || hasRole(Role.ADMIN);
    }

    public Optional<String> fullName() {
        return principal().map(AccountPrincipal::fullName);
    }

    /** The interface language the caller chose, as a language tag ("vi" or "en"). */
    public Optional<String> language() {
        return principal().map(AccountPrincipal::language);
    }

    private Optional<AccountPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal p
                ? Optional.of(p) : Optional.empty();
    }
}
