@NullMarked
package vn.tuoitreso.learning.quiz.bank;

import org.jspecify.annotations.NullMarked;
