@NullMarked
package vn.tuoitreso.identity.account;

import org.jspecify.annotations.NullMarked;
