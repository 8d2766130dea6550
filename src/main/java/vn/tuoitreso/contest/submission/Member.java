package vn.tuoitreso.contest.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A team member as stored: an account, or only a name. */
@Embeddable
public record Member(@Column(name = "account_id") @Nullable Long accountId,
        @Column(name = "full_name", length = Member.FULL_NAME_MAX_LENGTH) String fullName) {

    /** The column's length: a person's full name, as accounts keep it. */
    public static final int FULL_NAME_MAX_LENGTH = 120;
}
