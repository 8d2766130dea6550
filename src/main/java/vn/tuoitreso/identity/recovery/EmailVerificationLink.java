package vn.tuoitreso.identity.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.IdentifiedEntity;

/** A link that proves an e-mail address belongs to the account: for that address only, once, until it expires. */
@Entity
@Table(name = "identity_email_verification")
public class EmailVerificationLink extends IdentifiedEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private String email = "";

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Version
    private long version;

    protected EmailVerificationLink() {
    }

    public EmailVerificationLink(long accountId, String email, String secretHash, Instant now, Duration validFor) {
        this.accountId = accountId;
        this.email = email;
        this.secretHash = secretHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    public void use(Instant now) {
        usedAt = now;
    }
}
