package vn.tuoitreso.certificate.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.IdentifiedEntity;

/** States facts as they were at issue: the holder's name and the course title are copied in. */
@Entity
@Table(name = "certificate_certificate")
public class Certificate extends IdentifiedEntity {

    private String code = "";

    // None once the holder deleted their account.
    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(name = "course_id")
    private long courseId;

    @Column(name = "holder_name")
    private String holderName = "";

    @Column(name = "course_title")
    private String courseTitle = "";

    @Column(name = "issued_at")
    private Instant issuedAt = Instant.EPOCH;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoke_reason")
    private @Nullable String revokeReason;

    @Column(name = "holder_withdrew_at")
    private @Nullable Instant holderWithdrewAt;

    @Version
    private long version;

    protected Certificate() {
    }

    public Certificate(String code, long accountId, long courseId, String holderName, String courseTitle,
            Instant issuedAt) {
        this.code = code;
        this.accountId = accountId;
        this.courseId = courseId;
        this.holderName = holderName;
        this.courseTitle = courseTitle;
        this.issuedAt = issuedAt;
    }

    /** Whether the holder deleted their account: the certificate was issued, the holder withdrew. */
    public boolean holderWithdrew() {
        return holderWithdrewAt != null;
    }

    public void revoke(Instant now, String reason) {
        if (revokedAt == null) {
            revokedAt = now;
            revokeReason = reason;
        }
    }

    public String code() {
        return code;
    }

    public long accountId() {
        return accountId == null ? 0L : accountId;
    }

    public long courseId() {
        return courseId;
    }

    public String holderName() {
        return holderName;
    }

    public String courseTitle() {
        return courseTitle;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }
}
