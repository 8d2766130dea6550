package vn.tuoitreso.quiz;

/** How a question is answered in the browser. */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, NUMERICAL, MATCHING
}
