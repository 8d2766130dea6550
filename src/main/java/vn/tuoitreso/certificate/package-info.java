/**
 * Certificates: issued once when a learner completes a course or a team wins a prize in the idea contest, as a
 * PDF with a QR code that anyone can scan to check on the platform whether the certificate is valid or revoked.
 */
@ApplicationModule(displayName = "Certificates", allowedDependencies = {"shared", "shared :: export", "identity",
        "learning", "review"})
@NullMarked
package vn.tuoitreso.certificate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
