package vn.tuoitreso.contest;

import org.jspecify.annotations.Nullable;

/**
 * What organisers set for a contest: title, rules in Markdown, eligibility and limits.
 *
 * @param version the contest's version when these settings were read; an update from an older version is
 *                refused ({@link StaleEditException}). Ignored when a contest is created.
 */
public record ContestDraft(String title, String rules, @Nullable Integer minAge, @Nullable Integer maxAge,
        int maxTeamSize, int maxAttachments, int maxAttachmentMb, int maxTotalMb, long version) {

    /** Settings for a new contest. */
    public ContestDraft(String title, String rules, @Nullable Integer minAge, @Nullable Integer maxAge,
            int maxTeamSize, int maxAttachments, int maxAttachmentMb, int maxTotalMb) {
        this(title, rules, minAge, maxAge, maxTeamSize, maxAttachments, maxAttachmentMb, maxTotalMb, 0);
    }
}
