/**
 * The public site: server-rendered pages anyone may read without the Vaadin bundle (landing, course catalogue and
 * outlines, contests with their rules and rounds, published results, the certificate check, the privacy notice),
 * the plain HTML log-in form, pictures for shared links, {@code sitemap.xml} and {@code robots.txt}.
 */
@ApplicationModule(displayName = "Site",
        allowedDependencies = {"shared", "identity", "ui", "learning", "contest", "certificate", "review"})
@NullMarked
package vn.tuoitreso.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
