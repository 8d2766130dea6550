package vn.tuoitreso.certificate.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.IdentifiedEntity;

/**
 * States facts as they were at issue: the holder's name and the course title (or, for an award, the contest, round,
 * prize and idea) are copied in.
 */
@Entity
@Table(name = "certificate_certificate")
public class Certificate extends IdentifiedEntity {

    private String code = "";

    // None once the holder deleted their account.
    @Column(name = "account_id")
    private @Nullable Long accountId;

    // None for an award certificate.
    @Column(name = "course_id")
    private @Nullable Long courseId;

    @Enumerated(EnumType.STRING)
    private Kind kind = Kind.COURSE;

    @Column(name = "award_submission_id")
    private @Nullable Long awardSubmissionId;

    @Column(name = "award_round_name")
    private @Nullable String awardRoundName;

    @Column(name = "award_prize")
    private @Nullable String awardPrize;

    @Column(name = "award_idea_title")
    private @Nullable String awardIdeaTitle;

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

    /** What the certificate is for: a completed course, or a prize won in the idea contest. */
    public enum Kind {
        COURSE, AWARD
    }

    /**
     * An award certificate: the contest's title stands where a course certificate names its course, so every
     * list of certificates reads it.
     */
    public static Certificate award(String code, long accountId, long submissionId, String holderName,
            String contestTitle, String roundName, String prize, String ideaTitle, Instant issuedAt) {
        Certificate c = new Certificate();
        c.code = code;
        c.accountId = accountId;
        c.kind = Kind.AWARD;
        c.awardSubmissionId = submissionId;
        c.holderName = cut(holderName, 120);
        c.courseTitle = cut(contestTitle, 200);
        c.awardRoundName = cut(roundName, 300);
        c.awardPrize = cut(prize, 200);
        c.awardIdeaTitle = cut(ideaTitle, 500);
        c.issuedAt = issuedAt;
        return c;
    }

    private static String cut(String text, int max) {
        String s = text.strip();
        return s.length() > max ? s.substring(0, max) : s;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isAward() {
        return kind == Kind.AWARD;
    }

    public @Nullable Long awardSubmissionId() {
        return awardSubmissionId;
    }

    public String awardRoundName() {
        return awardRoundName == null ? "" : awardRoundName;
    }

    public String awardPrize() {
        return awardPrize == null ? "" : awardPrize;
    }

    public String awardIdeaTitle() {
        return awardIdeaTitle == null ? "" : awardIdeaTitle;
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

    /** The course of a course certificate; 0 for an award certificate. */
    public long courseId() {
        return courseId == null ? 0L : courseId;
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
