/**
 * Scoring learners' responses to questions, grading a quiz over several attempts, the time-limit rule
 * and drawing random questions from a bank. Everything here is a pure function of its arguments.
 */
@NullMarked
package vn.tuoitreso.quiz.scoring;

import org.jspecify.annotations.NullMarked;
