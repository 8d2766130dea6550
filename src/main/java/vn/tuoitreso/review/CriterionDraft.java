package vn.tuoitreso.review;

/**
 * A rubric criterion as organisers write it.
 *
 * @param description guidance shown to judges beside the score
 * @param weight      how much a point of this criterion counts in the total
 * @param min         lowest score on its scale
 * @param max         highest score on its scale
 */
public record CriterionDraft(String name, String description, double weight, double min, double max) {
}
