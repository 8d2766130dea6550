@NullMarked
package vn.tuoitreso.certificate.ui;

import org.jspecify.annotations.NullMarked;
