/** Password reset secrets (links and in-person codes), kept only as hashes, and the reset e-mail. */
@NullMarked
package vn.tuoitreso.identity.recovery;

import org.jspecify.annotations.NullMarked;
