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
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "former_unit_name")
    private @Nullable String formerUnitName;

    @Column(name = "unit_vanished_at")
    private @Nullable Instant unitVanishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    // a page of accounts reads its roles in one statement, not one per account
    @BatchSize(size = 100)
    private Set<Role> roles = new HashSet<>();

    /** The words the administrators' search finds this account by (see {@link SearchWords}). */
    @ElementCollection
    @CollectionTable(name = "identity_account_search", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "word")
    private Set<String> searchWords = new HashSet<>();

    @Version
    private long version;

    @Column(name = "email_verified_at")
    private @Nullable Instant emailVerifiedAt;

    /** Raised whenever the account's sessions must end on every node; a session signed in under a lower one is refused. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

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
        this.searchWords.addAll(SearchWords.of(fullName, email, phone));
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

    /** Moves the account to {@code provinceUnitId} because its unit is gone; the unit's name is kept for admins. */
    public void unitVanished(String unitName, long provinceUnitId, Instant now) {
        formerUnitName = unitName;
        unitVanishedAt = now;
        unitId = provinceUnitId;
    }

    /** The unit the account was in before it was moved to the province union, if its unit vanished. */
    public @Nullable String formerUnitName() {
        return formerUnitName;
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
        Set<String> words = SearchWords.of(fullName, email, phone);
        searchWords.retainAll(words);
        searchWords.addAll(words);
        this.birthYear = birthYear;
        if (this.unitId != unitId) {
            formerUnitName = null;
            unitVanishedAt = null;
        }
        this.unitId = unitId;
    }

    /** A new password: every session signed in before it ends. */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        sessionEpoch++;
    }

    /** The same password, hashed with the current algorithm (on log-in). */
    public void rehashPassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void changeLanguage(String language) {
        this.language = language;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    /** Takes a role away; the account's sessions end, as they hold the rights of the role. */
    public void revoke(Role role) {
        if (roles.remove(role)) {
            sessionEpoch++;
        }
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

    /** The account can no longer log in, and its sessions end. */
    public void disable() {
        if (enabled) {
            sessionEpoch++;
        }
        enabled = false;
    }

    /** The account's sessions are valid only if signed in under this epoch. */
    public int sessionEpoch() {
        return sessionEpoch;
    }

    public void enable() {
        enabled = true;
    }

    public void markDemo() {
        demo = true;
    }
}
