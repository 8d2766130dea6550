package vn.tuoitreso.identity.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.account.Contact;

/** Finds the account by e-mail or mobile number, however the number was typed. */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return Contact.parse(username)
                .flatMap(accounts::findByContact)
                .map(account -> new AccountPrincipal(account))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** After a log-in with a password kept in an older hash (bcrypt), keeps it hashed with Argon2id. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
        if (user instanceof AccountPrincipal principal && newPassword != null) {
            accounts.findById(principal.accountId()).ifPresent(account -> account.rehashPassword(newPassword));
        }
        return user;
    }
}
