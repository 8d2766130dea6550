package vn.tuoitreso.contest;

import org.jspecify.annotations.Nullable;

/** What organisers set for a contest: title, rules in Markdown, eligibility and limits. */
public record ContestDraft(String title, String rules, @Nullable Integer minAge, @Nullable Integer maxAge,
        int maxTeamSize, int maxAttachments, int maxAttachmentMb, int maxTotalMb) {
}
