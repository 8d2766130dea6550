@NullMarked
package vn.tuoitreso.identity.security;

import org.jspecify.annotations.NullMarked;
