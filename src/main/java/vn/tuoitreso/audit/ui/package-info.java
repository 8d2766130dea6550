/** The administrators' view of the audit log. */
@NullMarked
package vn.tuoitreso.audit.ui;

import org.jspecify.annotations.NullMarked;
