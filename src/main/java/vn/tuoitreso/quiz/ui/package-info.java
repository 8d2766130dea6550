@NullMarked
package vn.tuoitreso.quiz.ui;

import org.jspecify.annotations.NullMarked;
