package vn.tuoitreso.identity.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.identity.RecoveryMethod;
import vn.tuoitreso.shared.IdentifiedEntity;

/** One reset link or code: usable once, until it expires, and (for codes) for a few wrong guesses. */
@Entity
@Table(name = "identity_password_reset")
public class PasswordReset extends IdentifiedEntity {

    /** Wrong codes typed for one account before its code stops working. */
    public static final int MAX_FAILED_ATTEMPTS = 5;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecoveryMethod method = RecoveryMethod.EMAIL_LINK;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash = "";

    @Column(name = "issued_by")
    private @Nullable Long issuedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Version
    private long version;

    protected PasswordReset() {
    }

    public PasswordReset(long accountId, RecoveryMethod method, String secretHash, @Nullable Long issuedBy,
            Instant now, Duration validFor) {
        this.accountId = accountId;
        this.method = method;
        this.secretHash = secretHash;
        this.issuedBy = issuedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    public long accountId() {
        return accountId;
    }

    public RecoveryMethod method() {
        return method;
    }

    public @Nullable Long issuedBy() {
        return issuedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean hasSecret(String hash) {
        return java.security.MessageDigest.isEqual(secretHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now) && failedAttempts < MAX_FAILED_ATTEMPTS;
    }

    public void use(Instant now) {
        usedAt = now;
    }

    /** A wrong code was typed for this account. */
    public void failed() {
        failedAttempts++;
    }

    /** Another reset succeeded or a newer code was made: this one no longer works. */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }
}
