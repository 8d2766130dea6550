package vn.tuoitreso.review;

import org.jspecify.annotations.Nullable;

/** An idea as organisers of the panel name it: its ID, code, title and category. */
public record IdeaRef(long submissionId, String code, String title, @Nullable Long categoryId, String categoryName) {
}
