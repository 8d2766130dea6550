package vn.tuoitreso.review;

/** A criterion of a panel's rubric, as judges and organisers read it. */
public record RubricCriterion(long id, String name, String description, double weight, double min, double max) {
}
