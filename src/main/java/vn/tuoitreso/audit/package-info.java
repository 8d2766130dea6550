/**
 * The audit log: role changes, disabled accounts, password resets, revoked certificates, exports and
 * deletions of personal data — who, when, what — recorded from the events of the modules that did them,
 * and read by administrators only.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"shared", "identity", "certificate"})
@NullMarked
package vn.tuoitreso.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
