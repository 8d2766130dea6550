package vn.tuoitreso.site;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.review.PublishedResults;
import vn.tuoitreso.review.PublishedRound;

/** {@code sitemap.xml} of the public pages and {@code robots.txt}, which keeps crawlers out of the application. */
@RestController
class SearchEngineFiles {

    /** The application's own addresses: nothing there for a search engine, and a certificate check names a person. */
    static final List<String> PRIVATE = List.of("/VAADIN/", "/admin", "/certificates", "/contests", "/courses",
            "/forgot-password", "/invitations", "/judge", "/learner", "/organiser", "/profile", "/receipt",
            "/recovery-codes", "/register", "/reset-password", "/verify-email", "/verify/", "/login", "/files/", "/media/");

    private final Catalogue catalogue;
    private final Contests contests;
    private final PublishedResults results;
    private final SiteView site;

    SearchEngineFiles(Catalogue catalogue, Contests contests, PublishedResults results, SiteView site) {
        this.catalogue = catalogue;
        this.contests = contests;
        this.results = results;
        this.site = site;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        PRIVATE.forEach(path -> robots.append("Disallow: ").append(path).append('\n'));
        return robots.append("Sitemap: ").append(site.absolute("/sitemap.xml")).append('\n').toString();
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        List<String> paths = new ArrayList<>(List.of(SitePaths.HOME, SitePaths.COURSES, SitePaths.CONTESTS,
                SitePaths.RESULTS, SitePaths.PRIVACY, SitePaths.VERIFY));
        catalogue.published().forEach(course -> paths.add(SitePaths.COURSES + "/" + course.slug()));
        contests.published().forEach(contest -> paths.add(SitePaths.CONTESTS + "/" + contest.id()));
        results.latest(PublishedResults.MAX_LIMIT).stream().map(PublishedRound::contestId).distinct()
                .forEach(id -> paths.add(SitePaths.CONTESTS + "/" + id + "/ket-qua"));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(site.absolute(path))).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }
}
