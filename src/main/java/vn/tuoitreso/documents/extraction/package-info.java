/**
 * Internal: the ZIP inspection done before parsing, and the worker process that parses with Tika so that the
 * application JVM never does.
 */
@NullMarked
package vn.tuoitreso.documents.extraction;

import org.jspecify.annotations.NullMarked;
