package vn.tuoitreso.test;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Registration;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;

/** Creates accounts for a test through the real services; each has a unique e-mail address. */
public final class TestAccounts {

    public static final String PASSWORD = "HocTap2026xyz";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private final Accounts accounts;
    private final Units units;

    public TestAccounts(Accounts accounts, Units units) {
        this.accounts = accounts;
        this.units = units;
    }

    /** A full name no other test run has used: the prefix and a word of letters made from a sequence. */
    public static String uniqueName(String prefix) {
        long n = SEQUENCE.incrementAndGet();
        StringBuilder word = new StringBuilder();
        do {
            word.append((char) ('a' + (int) (n % 26)));
            n /= 26;
        } while (n > 0);
        return prefix + " " + Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "." + SEQUENCE.incrementAndGet() + "@test.tuoitreso.vn";
    }

    public long anyUnitId() {
        return SystemTasks.runAsSystem(() -> units.tree().stream().filter(u -> u.parentId() != null).findFirst()
                .or(() -> units.tree().stream().findFirst()).map(UnitSummary::id).orElseThrow());
    }

    /** Makes the account the caller of the current thread, as after a log-in. */
    public static void login(UserDetailsService users, AccountSummary account) {
        UserDetails user = users.loadUserByUsername(account.contact());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public AccountSummary create(String fullName, Role... roles) {
        AccountSummary account = accounts.register(
                new Registration(fullName, uniqueEmail("user"), PASSWORD, 2004, anyUnitId()));
        if (roles.length > 0) {
            Set<Role> all = EnumSet.of(Role.LEARNER, roles);
            return SystemTasks.runAsSystem(() -> accounts.changeRoles(account.id(), all));
        }
        return account;
    }
}
