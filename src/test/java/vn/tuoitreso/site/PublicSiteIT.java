package vn.tuoitreso.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;
import vn.tuoitreso.test.WebClient;

/** The public pages over plain HTTP, as a visitor's browser or a link preview fetches them, on seeded data. */
@PlatformTest
class PublicSiteIT {

    private static final Pattern MISSING_TEXT = Pattern.compile("[>\"]![a-z]+\\.[a-zA-Z.]+");

    @LocalServerPort
    int port;

    @Autowired Contests contests;
    @Autowired CourseAuthoring authoring;
    @Autowired Catalogue catalogue;
    @Autowired Certificates certificates;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired TestClock clock;

    private HttpClient http;

    @BeforeEach
    void newVisitor() {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void a_visitor_opening_the_root_sees_the_landing_page_with_open_contests_and_courses() throws Exception {
        ContestSummary contest = openContest("Cuộc thi trang chủ " + System.nanoTime());
        ContestSummary hidden = SystemTasks.runAsSystem(() -> contests.create(new ContestDraft(
                "Cuộc thi chưa công bố " + System.nanoTime(), "", null, null, 3, 3, 10, 30), Set.of()));

        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String featured = catalogue.published().getFirst().title();
        assertThat(home.body()).contains("<html lang=\"vi\"", "Cuộc thi đang mở", contest.settings().title(),
                "/cuoc-thi/" + contest.id(), featured, "/khoa-hoc/")
                .doesNotContain(hidden.settings().title()).doesNotContain("VAADIN/build");
        assertThat(MISSING_TEXT.matcher(home.body()).find()).as("a text without translation").isFalse();
        assertThat(home.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(30_000);
    }

    @Test
    void someone_logged_in_opening_the_root_reaches_the_application() throws Exception {
        AccountSummary learner = new TestAccounts(accounts, units).create("Nông Văn Gốc");
        WebClient client = new WebClient(port);
        assertThat(WebClient.location(client.login(learner.contact(), TestAccounts.PASSWORD))).doesNotContain("login");
        HttpResponse<String> root = client.get("/");
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).contains("VAADIN/build/").doesNotContain("Cuộc thi đang mở");
        HttpResponse<String> init = client.get("/?v-r=init&location=learner");
        assertThat(init.statusCode()).as("Vaadin's own request to / goes on to Vaadin").isEqualTo(200);
        assertThat(init.body()).contains("\"appConfig\"");
    }

    @Test
    void the_catalogue_lists_published_courses_and_a_course_page_shows_its_outline() throws Exception {
        CourseSummary hidden = SystemTasks.runAsSystem(() -> authoring.create(new CourseDraft(
                "Khóa ẩn " + System.nanoTime(), "", List.of(), CourseLevel.BASIC, 5)));
        HttpResponse<String> catalogue = get("/khoa-hoc");
        assertThat(catalogue.statusCode()).isEqualTo(200);
        assertThat(catalogue.body()).contains("Định danh điện tử VNeID", "/khoa-hoc/dinh-danh-dien-tu-vneid")
                .doesNotContain(hidden.title());

        HttpResponse<String> course = get("/khoa-hoc/dinh-danh-dien-tu-vneid");
        assertThat(course.statusCode()).isEqualTo(200);
        assertThat(course.body()).contains("<h1>Định danh điện tử VNeID</h1>", "Nội dung khóa học", "<ol>",
                "href=\"/courses/dinh-danh-dien-tu-vneid\"");
        assertThat(MISSING_TEXT.matcher(course.body()).find()).isFalse();
        assertThat(get("/khoa-hoc/" + hidden.slug()).statusCode()).isEqualTo(404);
        assertThat(get("/khoa-hoc/khong-co-khoa-nay").statusCode()).isEqualTo(404);
    }

    @Test
    void a_contest_page_shows_rules_and_rounds_and_carries_open_graph_tags_whose_picture_is_a_png() throws Exception {
        ContestSummary contest = openContest("Ý tưởng chuyển đổi số " + System.nanoTime());
        HttpResponse<String> page = get("/cuoc-thi/" + contest.id());
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("Vòng sơ khảo", "Đang nhận bài", "<strong>sáng tạo</strong>", "Học tập",
                "Nhóm tối đa 3 người").doesNotContain("<script");

        String base = "http://localhost:" + port;
        assertThat(meta(html, "property", "og:title")).isEqualTo(contest.settings().title() + " · Tuổi Trẻ Số");
        assertThat(meta(html, "property", "og:description")).startsWith("Thể lệ: ý tưởng sáng tạo");
        assertThat(meta(html, "property", "og:url")).isEqualTo(base + "/cuoc-thi/" + contest.id());
        assertThat(meta(html, "property", "og:type")).isEqualTo("website");
        assertThat(meta(html, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(html, "name", "twitter:title")).isEqualTo(meta(html, "property", "og:title"));
        String image = meta(html, "property", "og:image");
        assertThat(image).startsWith(base + "/").endsWith(".png");
        assertThat(meta(html, "name", "twitter:image")).isEqualTo(image);

        HttpResponse<byte[]> picture = http.send(HttpRequest.newBuilder(URI.create(image)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(picture.body()));
        assertThat(png.getWidth()).isEqualTo(1200);
        assertThat(png.getHeight()).isEqualTo(630);

        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(uri("/cuoc-thi/" + contest.id()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).as("a link preview asking with HEAD").isEqualTo(200);
        assertThat(get("/cuoc-thi/999999999").statusCode()).isEqualTo(404);
        assertThat(get("/cuoc-thi/khong-phai-so").statusCode()).isEqualTo(404);
    }

    @Test
    void the_pages_speak_english_when_asked_and_keep_the_choice_in_a_cookie() throws Exception {
        HttpResponse<String> english = get("/khoa-hoc?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\"", "Digital-skills courses");
        assertThat(get("/khoa-hoc").body()).as("the choice is kept").contains("Digital-skills courses");
        assertThat(get("/khoa-hoc?lang=vi").body()).contains("Khóa học kỹ năng số");

        newVisitor();
        HttpResponse<String> byBrowser = http.send(HttpRequest.newBuilder(uri("/quyen-rieng-tu"))
                .header("Accept-Language", "en-GB,en;q=0.9").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(byBrowser.body()).contains("<html lang=\"en\"", "id=\"privacy-rights\"");
        assertThat(get("/quyen-rieng-tu").body()).as("Vietnamese without a choice").contains("<html lang=\"vi\"",
                "id=\"privacy-children\"", "Trẻ em dưới 16 tuổi");
    }

    @Test
    void anyone_checking_a_code_sees_only_name_course_date_and_status() throws Exception {
        AccountSummary learner = new TestAccounts(accounts, units).create("Hoàng Thị Kiểm");
        CertificateSummary certificate = SystemTasks.runAsSystem(() -> {
            CourseSummary course = authoring.create(new CourseDraft("Khóa kiểm tra " + System.nanoTime(), "", List.of(),
                    CourseLevel.BASIC, 5));
            authoring.addLesson(authoring.outline(course.id()).sections().get(0).id(),
                    new LessonDraft("Bài", "Nội dung", 1, null));
            authoring.publish(course.id(), true);
            return certificates.issue(learner.id(), course.id());
        });

        String valid = get("/verify/" + certificate.code()).body();
        assertThat(valid).contains("✓ Giấy chứng nhận hợp lệ", "Người được cấp: Hoàng Thị Kiểm", "noindex")
                .doesNotContain(learner.contact());
        SystemTasks.runAsSystem(() -> certificates.revoke(certificate.code(), "Thử thu hồi"));
        assertThat(get("/verify/" + certificate.code()).body()).contains("✗ Giấy chứng nhận đã bị thu hồi");
        assertThat(get("/verify/TTS-NOPE0-NOPE0").body()).contains("✗ Không có giấy chứng nhận nào mang mã này");
        assertThat(get("/verify?code=" + certificate.code()).body()).contains("✗ Giấy chứng nhận đã bị thu hồi");
        assertThat(get("/verify").body()).contains("name=\"code\"").doesNotContain("id=\"status\"");
    }

    @Test
    void the_login_page_is_plain_html_with_csrf_recovery_links_and_the_bundle_fetched_ahead() throws Exception {
        HttpResponse<String> login = get("/login?error");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"_csrf\"", "name=\"username\"", "name=\"password\"",
                "Quên mật khẩu?", "href=\"/forgot-password\"", "href=\"/register\"", "không đúng", "phải chờ",
                "rel=\"prefetch\"").doesNotContain("<script");
        Matcher prefetch = Pattern.compile("rel=\"prefetch\" as=\"script\" crossorigin href=\"(/VAADIN/build/[^\"]+)\"")
                .matcher(login.body());
        assertThat(prefetch.find()).isTrue();
        assertThat(get(prefetch.group(1)).statusCode()).isEqualTo(200);
        assertThat(get("/login?busy").body()).contains("quá nhiều lần đăng nhập sai");
        assertThat(get("/login?disabled").body()).contains("đã bị khóa");
    }

    @Test
    void robots_keep_crawlers_out_of_the_application_and_the_sitemap_lists_public_pages() throws Exception {
        ContestSummary contest = openContest("Cuộc thi sơ đồ trang " + System.nanoTime());
        String robots = get("/robots.txt").body();
        assertThat(robots).contains("User-agent: *", "Disallow: /learner", "Disallow: /admin", "Disallow: /verify/",
                "Sitemap: http://localhost:" + port + "/sitemap.xml");
        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertThat(sitemap.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("xml"));
        assertThat(sitemap.body()).contains("<urlset", "/khoa-hoc/dinh-danh-dien-tu-vneid</loc>",
                "/cuoc-thi/" + contest.id() + "</loc>", "/quyen-rieng-tu</loc>");
    }

    @Test
    void the_application_stays_behind_the_login() throws Exception {
        HttpResponse<String> learner = get("/learner");
        assertThat(learner.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(learner)).endsWith("/login");
    }

    private ContestSummary openContest(String title) {
        return SystemTasks.runAsSystem(() -> {
            ContestSummary created = contests.create(new ContestDraft(title,
                    "Thể lệ: ý tưởng **sáng tạo** về chuyển đổi số.\n\n- Nộp đúng hạn", 16, 35, 3, 3, 10, 30),
                    Set.of());
            contests.addCategory(created.id(), "Học tập");
            Instant now = clock.instant();
            contests.addRound(created.id(), new RoundDraft("Vòng sơ khảo", now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(10)), null, null));
            return contests.publish(created.id(), true);
        });
    }

    private static String meta(String html, String attribute, String name) {
        Matcher m = Pattern.compile("<meta " + attribute + "=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as(name).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
