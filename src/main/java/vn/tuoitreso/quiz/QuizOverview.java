package vn.tuoitreso.quiz;

import java.util.List;

/** A quiz as organisers edit it: its settings and its fixed questions. */
public record QuizOverview(long id, long courseId, QuizSettings settings, List<Long> questionIds) {

    public QuizOverview {
        questionIds = List.copyOf(questionIds);
    }
}
