@NullMarked
package vn.tuoitreso.certificate.issue;

import org.jspecify.annotations.NullMarked;
