/** The audit log's entries and their repository. */
@NullMarked
package vn.tuoitreso.audit.entry;

import org.jspecify.annotations.NullMarked;
