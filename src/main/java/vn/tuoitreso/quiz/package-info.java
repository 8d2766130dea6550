/**
 * Quizzes of a course: the question bank (Moodle GIFT import and export), quiz settings, attempts
 * saved answer by answer, scoring on the server. The answer key never leaves the server: what the
 * browser receives is an {@link vn.tuoitreso.quiz.AttemptSheet}. Courses are referred to by id
 * through the learning module's API; a passed quiz is told to learning as {@link vn.tuoitreso.quiz.QuizPassed}.
 */
@ApplicationModule(displayName = "Quiz", allowedDependencies = {"shared", "identity", "learning"})
@NullMarked
package vn.tuoitreso.quiz;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
