package vn.tuoitreso.site;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.PublicPaths;

/** The public site's addresses, which anyone may read; each shows public data only. */
@Component
class SitePaths implements PublicPaths {

    static final String HOME = "/";
    static final String COURSES = "/khoa-hoc";
    static final String CONTESTS = "/cuoc-thi";
    static final String RESULTS = "/ket-qua";
    static final String PRIVACY = "/quyen-rieng-tu";
    static final String VERIFY = "/verify";
    static final String PICTURES = "/anh-chia-se";

    @Override
    public List<String> patterns() {
        return List.of(HOME, COURSES, COURSES + "/*", CONTESTS, CONTESTS + "/*", CONTESTS + "/*/ket-qua", RESULTS,
                PRIVACY, VERIFY, VERIFY + "/*", PICTURES + "/**", "/sitemap.xml", "/robots.txt", "/login");
    }
}
