package vn.tuoitreso.identity.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.shared.IdentifiedEntity;

@Entity
@Table(name = "identity_account")
public class Account extends IdentifiedEntity {

    public static final int FULL_NAME_MAX_LENGTH = 120;


    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX_LENGTH)
    private String fullName = "";

    private @Nullable String email;

    private @Nullable String phone;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash = "";

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(nullable = false)
    private String language = "vi";

    private boolean enabled = true;

    private boolean demo;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "last_failure_at")
    private @Nullable Instant lastFailureAt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    @Column(name = "email_verified_at")
    private @Nullable Instant emailVerifiedAt;

    protected Account() {
    }

    public Account(String fullName, Contact contact, String passwordHash, int birthYear, long unitId,
            Instant createdAt) {
        this.fullName = fullName;
        this.email = contact.email();
        this.phone = contact.phone();
        this.passwordHash = passwordHash;
        this.birthYear = birthYear;
        this.unitId = unitId;
        this.createdAt = createdAt;
        this.roles.add(Role.LEARNER);
    }

    public String fullName() {
        return fullName;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String phone() {
        return phone;
    }

    public String loginName() {
        return email != null ? email : phone != null ? phone : "";
    }

    public String passwordHash() {
        return passwordHash;
    }

    public int birthYear() {
        return birthYear;
    }

    public long unitId() {
        return unitId;
    }

    public String language() {
        return language;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean demo() {
        return demo;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void changeProfile(String fullName, Contact contact, int birthYear, long unitId) {
        if (!java.util.Objects.equals(email, contact.email())) {
            emailVerifiedAt = null;
        }
        this.fullName = fullName;
        this.email = contact.email();
        this.phone = contact.phone();
        this.birthYear = birthYear;
        this.unitId = unitId;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void changeLanguage(String language) {
        this.language = language;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    /** Whether the owner of the e-mail address proved it is theirs (a link sent to it was opened). */
    public boolean emailVerified() {
        return email != null && emailVerifiedAt != null;
    }

    public void verifyEmail(Instant now) {
        if (email != null && emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    public void markDemo() {
        demo = true;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed log-in. From the {@code slowAfter}-th failure on, each further try waits twice as
     * long as the one before (30 s, 1 min, 2 min …); from the {@code lockAfter}-th the account is refused
     * for {@code lockFor}.
     */
    public void loginFailed(Instant now, int slowAfter, int lockAfter, Duration lockFor) {
        failedLogins++;
        lastFailureAt = now;
        if (failedLogins >= lockAfter) {
            lockedUntil = now.plus(lockFor);
        } else if (failedLogins >= slowAfter) {
            long seconds = 30L << Math.min(failedLogins - slowAfter, 10);
            lockedUntil = now.plusSeconds(Math.min(seconds, lockFor.toSeconds()));
        }
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
