package vn.tuoitreso.site;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.identity.Languages;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.review.PublishedResults;
import vn.tuoitreso.review.PublishedRound;

/**
 * The pictures of the public pages' cards, in Vietnamese (the province's channels share in Vietnamese): drawn once
 * for a title and kept, as drawing one takes tens of milliseconds. Only titles of public data are drawn, never text
 * from the address.
 */
@RestController
class SharingPictures {

    /** Pictures kept in memory (about 40 KB each); the oldest goes first. */
    static final int KEPT = 200;

    private static final java.util.Set<String> PAGES = java.util.Set.of("home", "courses", "contests", "privacy",
            "verify", "login", "results");

    private final Catalogue catalogue;
    private final Contests contests;
    private final PublishedResults results;
    private final SiteView site;
    private final Map<String, byte[]> drawn = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    SharingPictures(Catalogue catalogue, Contests contests, PublishedResults results, SiteView site) {
        this.catalogue = catalogue;
        this.contests = contests;
        this.results = results;
        this.site = site;
    }

    @GetMapping(SitePaths.PICTURES + "/trang/{page}.png")
    ResponseEntity<byte[]> page(@PathVariable String page) {
        if (!PAGES.contains(page)) {
            throw PublicPages.notFound();
        }
        String title = page.equals("home") ? text("site.home.lead") : text("site.picture." + page);
        return png(text("brand.owner"), title);
    }

    @GetMapping(SitePaths.PICTURES + "/khoa-hoc/{slug}.png")
    ResponseEntity<byte[]> course(@PathVariable String slug) {
        String title = catalogue.publishedOutline(slug).orElseThrow(PublicPages::notFound).course().title();
        return png(text("site.picture.course"), title);
    }

    @GetMapping(SitePaths.PICTURES + "/cuoc-thi/{id}.png")
    ResponseEntity<byte[]> contest(@PathVariable String id) {
        long contestId = PublicPages.number(id);
        String title = contests.published(contestId).orElseThrow(PublicPages::notFound).settings().title();
        return png(text("site.picture.contest"), title);
    }

    @GetMapping(SitePaths.PICTURES + "/ket-qua/{id}.png")
    ResponseEntity<byte[]> results(@PathVariable String id) {
        long contestId = PublicPages.number(id);
        String title = results.ofContest(contestId).stream().findFirst().map(PublishedRound::contestTitle)
                .orElseThrow(PublicPages::notFound);
        return png(text("site.picture.results"), title);
    }

    private ResponseEntity<byte[]> png(String kind, String title) {
        String key = kind + "\n" + title;
        byte[] picture;
        synchronized (drawn) {
            picture = drawn.get(key);
        }
        if (picture == null) {
            picture = SharingPicture.draw(kind, title, text("brand.name") + " · " + text("brand.owner"));
            synchronized (drawn) {
                drawn.put(key, picture);
            }
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(picture);
    }

    private String text(String key) {
        return site.text(key, Languages.VIETNAMESE);
    }

}
