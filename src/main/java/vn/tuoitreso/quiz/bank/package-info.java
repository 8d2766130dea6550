@NullMarked
package vn.tuoitreso.quiz.bank;

import org.jspecify.annotations.NullMarked;
