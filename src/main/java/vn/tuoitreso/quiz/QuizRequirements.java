package vn.tuoitreso.quiz;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseActivity;
import vn.tuoitreso.learning.CourseRequirements;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.quiz.bank.QuizGrades;

/** A course's quizzes as learning sees them: the required ones must be passed, all are listed on its page. */
@Component
class QuizRequirements implements CourseRequirements {

    private final QuizGrades grades;
    private final Quizzes quizzes;
    private final Catalogue catalogue;

    QuizRequirements(QuizGrades grades, Quizzes quizzes, Catalogue catalogue) {
        this.grades = grades;
        this.quizzes = quizzes;
        this.catalogue = catalogue;
    }

    @Override
    public boolean metBy(long courseId, long accountId) {
        return grades.requiredPassed(courseId, accountId);
    }

    @Override
    public List<CourseActivity> activities(long courseId) {
        String slug = catalogue.course(courseId).map(CourseSummary::slug).orElse("");
        return quizzes.ofCourse(courseId).stream()
                .map(q -> new CourseActivity(q.settings().title(), "courses/" + slug + "/quiz/" + q.id(),
                        q.settings().required(), q.passed() ? q.gradePercent() : null))
                .toList();
    }
}
