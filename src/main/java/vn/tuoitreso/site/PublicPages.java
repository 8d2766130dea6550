package vn.tuoitreso.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.certificate.AwardDetails;
import vn.tuoitreso.certificate.Verification;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseOutline;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.review.PublishedResults;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.SafeMarkdown;

/**
 * The public pages, server-rendered: what a visitor reads before logging in and what a shared link opens. Only
 * public data: published courses, published contests, published results, a certificate's check.
 */
@Controller
class PublicPages {

    static final int FEATURED_COURSES = 4;
    static final int LATEST_RESULTS = 3;
    static final int RESULTS_PAGE = 20;
    static final String PRIVACY_SECTIONS = "controller,data,purpose,retention,access,children,rights,law";

    private final Catalogue catalogue;
    private final Contests contests;
    private final Certificates certificates;
    private final PublishedResults results;
    private final CurrentUser currentUser;
    private final SiteView site;
    private final org.springframework.web.servlet.mvc.Controller application;

    PublicPages(Catalogue catalogue, Contests contests, Certificates certificates, PublishedResults results,
            CurrentUser currentUser,
            SiteView site, @Qualifier("vaadinForwardingController") org.springframework.web.servlet.mvc.Controller application) {
        this.catalogue = catalogue;
        this.contests = contests;
        this.certificates = certificates;
        this.results = results;
        this.currentUser = currentUser;
        this.site = site;
        this.application = application;
    }

    /**
     * The landing page for visitors; someone logged in reaches the application's home as before, and Vaadin's own
     * requests to {@code /} (its bootstrap's {@code ?v-r=init}, every {@code POST ?v-r=uidl}) go on to Vaadin. One
     * mapping for every method: a {@code GET}-only one would answer Vaadin's posts with 405 instead of passing them on.
     */
    @RequestMapping(SitePaths.HOME)
    @Nullable String home(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale)
            throws Exception {
        boolean visitorReading = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameter("v-r") == null && !currentUser.isAuthenticated();
        if (!visitorReading) {
            application.handleRequest(request, response);
            return null;
        }
        List<ContestCard> open = contestCards(locale).stream().filter(c -> c.status() != ContestStatus.FINISHED)
                .toList();
        List<CourseSummary> featured = catalogue.published().stream().limit(FEATURED_COURSES).toList();
        model.addAttribute("contests", open);
        model.addAttribute("courses", featured);
        model.addAttribute("results", results.latest(LATEST_RESULTS).stream().map(r -> ResultRound.of(r, locale))
                .toList());
        site.page(model, locale, SitePaths.HOME, site.text("brand.name", locale), site.text("site.home.lead", locale),
                "/trang/home.png", "website", true);
        return "site/home";
    }

    @GetMapping(SitePaths.COURSES)
    String courses(Model model, Locale locale) {
        model.addAttribute("courses", catalogue.published());
        site.page(model, locale, SitePaths.COURSES, site.text("site.courses.title", locale),
                site.text("site.courses.lead", locale), "/trang/courses.png", "website", true);
        return "site/courses";
    }

    @GetMapping(SitePaths.COURSES + "/{slug}")
    String course(@PathVariable String slug, Model model, Locale locale) {
        CourseOutline outline = catalogue.publishedOutline(slug).orElseThrow(PublicPages::notFound);
        model.addAttribute("outline", outline);
        model.addAttribute("level", site.text(outline.course().level().messageKey(), locale));
        site.page(model, locale, SitePaths.COURSES + "/" + slug, outline.course().title(), outline.course().summary(),
                "/khoa-hoc/" + slug + ".png", "article", true);
        return "site/course";
    }

    @GetMapping(SitePaths.CONTESTS)
    String contests(Model model, Locale locale) {
        model.addAttribute("contests", contestCards(locale));
        site.page(model, locale, SitePaths.CONTESTS, site.text("site.contests.title", locale),
                site.text("site.contests.lead", locale), "/trang/contests.png", "website", true);
        return "site/contests";
    }

    @GetMapping(SitePaths.CONTESTS + "/{id}")
    String contest(@PathVariable String id, Model model, Locale locale) {
        ContestSummary contest = contests.published(number(id)).orElseThrow(PublicPages::notFound);
        ContestStatus status = ContestStatus.of(contest);
        model.addAttribute("contest", contest);
        model.addAttribute("status", site.text(status.messageKey(), locale));
        model.addAttribute("open", status == ContestStatus.OPEN);
        model.addAttribute("rules", SafeMarkdown.toHtml(contest.settings().rules()));
        model.addAttribute("rounds", contest.rounds().stream().map(r -> RoundRow.of(r, locale, site)).toList());
        model.addAttribute("ages", ages(contest, locale));
        model.addAttribute("hasResults", !results.ofContest(contest.id()).isEmpty());
        site.page(model, locale, SitePaths.CONTESTS + "/" + contest.id(), contest.settings().title(),
                SafeMarkdown.toText(contest.settings().rules()), "/cuoc-thi/" + contest.id() + ".png", "website", true);
        return "site/contest";
    }

    /** The newest published results across contests. */
    @GetMapping(SitePaths.RESULTS)
    String latestResults(Model model, Locale locale) {
        model.addAttribute("rounds", results.latest(RESULTS_PAGE).stream().map(r -> ResultRound.of(r, locale)).toList());
        site.page(model, locale, SitePaths.RESULTS, site.text("site.results.latestTitle", locale),
                site.text("site.results.lead", locale), "/trang/results.png", "website", true);
        return "site/results";
    }

    /** A contest's published rounds, newest first: only what was frozen at publication, names only by consent. */
    @GetMapping(SitePaths.CONTESTS + "/{id}/ket-qua")
    String contestResults(@PathVariable String id, Model model, Locale locale) {
        long contestId = number(id);
        List<ResultRound> rounds = results.ofContest(contestId).stream().map(r -> ResultRound.of(r, locale)).toList();
        String title = contests.published(contestId).map(c -> c.settings().title())
                .or(() -> rounds.stream().findFirst().map(ResultRound::contestTitle))
                .orElseThrow(PublicPages::notFound);
        model.addAttribute("rounds", rounds);
        model.addAttribute("contest", new ContestName(contestId, title));
        site.page(model, locale, SitePaths.CONTESTS + "/" + contestId + "/ket-qua",
                site.text("site.results.ofContest", locale, title), site.text("site.results.lead", locale),
                "/ket-qua/" + contestId + ".png", "article", true);
        return "site/results";
    }

    @GetMapping(SitePaths.PRIVACY)
    String privacy(Model model, Locale locale) {
        model.addAttribute("sections", List.of(PRIVACY_SECTIONS.split(",")).stream()
                .map(s -> new PrivacySection(s, site.text("privacy." + s + ".title", locale),
                        List.of(site.text("privacy." + s + ".body", locale).split("\n"))))
                .toList());
        site.page(model, locale, SitePaths.PRIVACY, site.text("privacy.title", locale),
                site.text("privacy.intro", locale), "/trang/privacy.png", "website", true);
        return "site/privacy";
    }

    /** The check page a certificate's QR code opens; with no code, a form to type one. */
    @GetMapping({SitePaths.VERIFY, SitePaths.VERIFY + "/{code}"})
    String verify(@PathVariable(required = false) @Nullable String code,
            @RequestParam(name = "code", required = false) @Nullable String typed, Model model, Locale locale) {
        @Nullable String asked = code != null ? code : typed;
        if (asked != null && !asked.isBlank()) {
            String clean = asked.strip();
            if (clean.length() > 40) {
                throw notFound();
            }
            model.addAttribute("code", clean);
            model.addAttribute("check", certificates.verify(clean).map(v -> CertificateCheck.of(v, locale)).orElse(null));
            model.addAttribute("asked", true);
        } else {
            model.addAttribute("asked", false);
        }
        site.page(model, locale, SitePaths.VERIFY + (code != null ? "/" + code.strip() : ""),
                site.text("certificate.verify.pageTitle", locale), site.text("site.verify.lead", locale),
                "/trang/verify.png", "website", false);
        return "site/verify";
    }

    private List<ContestCard> contestCards(Locale locale) {
        return contests.published().stream().map(c -> ContestCard.of(c, locale, site))
                .sorted(Comparator.comparing(ContestCard::status).thenComparing(ContestCard::id, Comparator.reverseOrder()))
                .toList();
    }

    private @Nullable String ages(ContestSummary contest, Locale locale) {
        Integer min = contest.settings().minAge();
        Integer max = contest.settings().maxAge();
        if (min != null && max != null) {
            return site.text("site.contest.agesBetween", locale, min, max);
        }
        if (min != null) {
            return site.text("site.contest.agesFrom", locale, min);
        }
        if (max != null) {
            return site.text("site.contest.agesUpTo", locale, max);
        }
        return null;
    }

    /** A number from the address; anything else is a page that does not exist. */
    static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** A contest in a list: its status by the server's clock and the next date that matters. */
    record ContestCard(long id, String title, ContestStatus status, String statusText, @Nullable String when) {

        static ContestCard of(ContestSummary contest, Locale locale, SiteView site) {
            ContestStatus status = ContestStatus.of(contest);
            @Nullable String when = null;
            for (ContestSummary.RoundSummary round : contest.rounds()) {
                if (round.openNow()) {
                    when = site.text("site.contest.closes", locale,
                            DisplayFormats.dateTime(round.plan().submissionCloses(), locale));
                    break;
                }
                if (round.notYetOpen()) {
                    when = site.text("site.contest.opens", locale,
                            DisplayFormats.dateTime(round.plan().submissionOpens(), locale));
                    break;
                }
            }
            return new ContestCard(contest.id(), contest.settings().title(), status,
                    site.text(status.messageKey(), locale), when);
        }
    }

    /** A round as the contest page lists it, times in the province's zone. */
    record RoundRow(String name, String submission, @Nullable String review, String state) {

        static RoundRow of(ContestSummary.RoundSummary round, Locale locale, SiteView site) {
            String submission = DisplayFormats.dateTime(round.plan().submissionOpens(), locale) + " – "
                    + DisplayFormats.dateTime(round.plan().submissionCloses(), locale);
            @Nullable String review = round.plan().reviewOpens() != null && round.plan().reviewCloses() != null
                    ? DisplayFormats.date(round.plan().reviewOpens(), locale) + " – "
                            + DisplayFormats.date(round.plan().reviewCloses(), locale)
                    : null;
            String state = site.text(round.openNow() ? "site.round.open" : round.notYetOpen() ? "site.round.upcoming"
                    : "site.round.closed", locale);
            return new RoundRow(round.plan().name(), submission, review, state);
        }
    }

    record ContestName(long id, String title) {
    }

    record PrivacySection(String id, String title, List<String> paragraphs) {
    }

    /**
     * What the check page shows of a certificate: status, and name, course (or for an award the prize, contest, round
     * and idea) and date as the certificate gives.
     */
    record CertificateCheck(boolean valid, String status, @Nullable String holder, String course, String date,
            @Nullable AwardDetails award) {

        static CertificateCheck of(Verification v, Locale locale) {
            return new CertificateCheck(v.valid() && !v.holderWithdrew(), v.holderWithdrew()
                    ? "certificate.verify.withdrew" : v.valid() ? "certificate.verify.valid"
                    : "certificate.verify.revoked", v.holderWithdrew() ? null : v.holderName(), v.courseTitle(),
                    DisplayFormats.date(v.issuedAt(), locale), v.award());
        }
    }
}
