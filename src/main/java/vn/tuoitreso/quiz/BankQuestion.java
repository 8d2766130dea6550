package vn.tuoitreso.quiz;

/** A question of the bank as organisers list it. */
public record BankQuestion(long id, String category, String name, QuestionKind kind, String text) {
}
