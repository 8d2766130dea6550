/**
 * Quizzes of a course: the question bank (Moodle GIFT import and export), quiz settings, attempts
 * saved answer by answer, scoring on the server. The answer key never leaves the server: what the
 * browser receives is an {@link vn.tuoitreso.learning.quiz.AttemptSheet}.
 */
@NamedInterface("quiz")
@NullMarked
package vn.tuoitreso.learning.quiz;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
