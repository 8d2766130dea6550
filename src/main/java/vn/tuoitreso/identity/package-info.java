/**
 * Accounts, roles, organisation units, registration, log-in and profile. Other modules learn who
 * is calling through {@link vn.tuoitreso.identity.CurrentUser} and refer to accounts and units by ID.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "shared")
@NullMarked
package vn.tuoitreso.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
