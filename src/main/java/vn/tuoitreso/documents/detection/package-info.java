/** Internal: Tika's content detection, the only place outside the worker where Tika is called. */
@NullMarked
package vn.tuoitreso.documents.detection;

import org.jspecify.annotations.NullMarked;
