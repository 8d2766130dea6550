package vn.tuoitreso.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.tuoitreso.identity.account.Account;

/** The signed-in person, kept in the session: IDs and names only, the password hash dropped after log-in. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String loginName;
    private final String fullName;
    private final String language;
    private final List<String> authorities;
    private final boolean enabled;
    private final int sessionEpoch;
    private String password;

    AccountPrincipal(Account account) {
        this.accountId = account.id();
        this.loginName = account.loginName();
        this.fullName = account.fullName();
        this.language = account.language();
        this.authorities = account.roles().stream().map(r -> r.authority()).sorted().toList();
        this.enabled = account.enabled();
        this.sessionEpoch = account.sessionEpoch();
        this.password = account.passwordHash();
    }

    public long accountId() {
        return accountId;
    }

    public String fullName() {
        return fullName;
    }

    public String language() {
        return language;
    }

    /** The account's session epoch when this person signed in (see {@link Sessions}). */
    public int sessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities.stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return loginName;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = "";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal p && p.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + accountId + "]";
    }
}
