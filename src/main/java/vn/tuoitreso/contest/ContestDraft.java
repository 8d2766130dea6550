package vn.tuoitreso.contest;

import org.jspecify.annotations.Nullable;

/**
 * What organisers set for a contest: title, rules in Markdown, eligibility and limits.
 *
 * @param ideasPerRound how many ideas one contestant may have in one round (withdrawn ones do not count)
 * @param version the contest's version when these settings were read; an update from an older version is
 *                refused ({@link StaleEditException}). Ignored when a contest is created.
 */
public record ContestDraft(String title, String rules, @Nullable Integer minAge, @Nullable Integer maxAge,
        int maxTeamSize, int maxAttachments, int maxAttachmentMb, int maxTotalMb, int ideasPerRound, long version) {

    /** Settings for a new contest, with one idea per contestant and round. */
    public ContestDraft(String title, String rules, @Nullable Integer minAge, @Nullable Integer maxAge,
            int maxTeamSize, int maxAttachments, int maxAttachmentMb, int maxTotalMb) {
        this(title, rules, minAge, maxAge, maxTeamSize, maxAttachments, maxAttachmentMb, maxTotalMb, 1, 0);
    }

    /** The same settings with another number of ideas per contestant and round. */
    public ContestDraft withIdeasPerRound(int ideas) {
        return new ContestDraft(title, rules, minAge, maxAge, maxTeamSize, maxAttachments, maxAttachmentMb, maxTotalMb,
                ideas, version);
    }
}
