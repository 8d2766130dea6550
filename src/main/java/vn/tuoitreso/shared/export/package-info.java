/**
 * Tables leaving the platform as CSV and XLSX, written row by row to the browser: one table model
 * ({@link vn.tuoitreso.shared.export.Sheet}), two streaming writers, one download link.
 */
@NamedInterface("export")
@NullMarked
package vn.tuoitreso.shared.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
