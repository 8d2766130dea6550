/** Reading attachments in the browser: PDF pages rendered as pictures on the server. */
@NullMarked
package vn.tuoitreso.review.reading;

import org.jspecify.annotations.NullMarked;
