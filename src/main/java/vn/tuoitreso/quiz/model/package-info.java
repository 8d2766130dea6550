/**
 * The quiz question model: six question types sharing a {@link vn.tuoitreso.quiz.model.Stem},
 * with fractions of credit per answer as Moodle has them (1.0 full credit, negative allowed down to -1.0).
 * Texts are stripped of surrounding whitespace and use {@code \n} line breaks; blank feedback is absent.
 */
@NullMarked
package vn.tuoitreso.quiz.model;

import org.jspecify.annotations.NullMarked;
