package vn.tuoitreso.learning;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.learning.course.Asset;
import vn.tuoitreso.learning.course.AssetRepository;
import vn.tuoitreso.learning.course.Course;
import vn.tuoitreso.learning.course.CourseOutlines;
import vn.tuoitreso.learning.course.CourseRepository;
import vn.tuoitreso.learning.course.Lesson;
import vn.tuoitreso.shared.SafeMarkdown;
import vn.tuoitreso.learning.course.LessonRepository;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * A whole course as one self-contained HTML file — styles and pictures inside — that a learner
 * downloads once and reads without a connection.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OfflineCourses {

    /** The file and its name. */
    public record OfflineFile(String fileName, byte[] content) {
    }

    private static final Pattern MEDIA = Pattern.compile("src=\"media/(\\d+)/[^\"]*\"");
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.6;\
            color:#1f2937;max-width:44rem;margin:0 auto;padding:1rem}h1{color:#0a58ca;line-height:1.25}\
            h2{border-bottom:1px solid #e5e7eb;padding-bottom:.25rem;margin-top:2.5rem}img{max-width:100%;height:auto}\
            blockquote{border-left:4px solid #f59e0b;background:#fffbeb;margin:1rem 0;padding:.5rem 1rem}\
            .table-scroll{overflow-x:auto}table{border-collapse:collapse}td,th{border:1px solid #d1d5db;padding:.35rem .5rem}\
            nav ol{padding-left:1.25rem}.meta{color:#6b7280;font-size:.9rem}section.lesson{page-break-before:always}""";

    private final CourseRepository courses;
    private final LessonRepository lessons;
    private final AssetRepository assets;
    private final CourseOutlines outlines;
    private final CurrentUser currentUser;
    private final Clock clock;

    OfflineCourses(CourseRepository courses, LessonRepository lessons, AssetRepository assets,
            CourseOutlines outlines, CurrentUser currentUser, Clock clock) {
        this.courses = courses;
        this.lessons = lessons;
        this.assets = assets;
        this.outlines = outlines;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OfflineFile download(String slug) {
        Course course = courses.findBySlug(slug)
                .filter(c -> c.published() || currentUser.isOrganiser())
                .orElseThrow(() -> InvalidInputException.of("", "learning.course.notFound"));
        CourseOutline outline = outlines.outline(course);
        List<Lesson> all = lessons.findByCourseIdOrderByPositionAscIdAsc(course.id());
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(course.title())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(escape(course.title())).append("</h1>\n<p>")
                .append(escape(course.summary())).append("</p>\n<p class=\"meta\">Tuổi Trẻ Số · ")
                .append(DisplayFormats.date(clock.instant(), DisplayFormats.VIETNAMESE)).append("</p>\n<nav><ol>");
        for (LessonSummary lesson : outline.lessons()) {
            html.append("<li><a href=\"#").append(lesson.slug()).append("\">").append(escape(lesson.title()))
                    .append("</a></li>");
        }
        html.append("</ol></nav>\n");
        for (SectionOutline section : outline.sections()) {
            for (LessonSummary summary : section.lessons()) {
                Lesson lesson = all.stream().filter(l -> l.id() == summary.id()).findFirst().orElseThrow();
                html.append("<section class=\"lesson\" id=\"").append(lesson.slug()).append("\"><p class=\"meta\">")
                        .append(escape(section.title())).append("</p><h1>").append(escape(lesson.title()))
                        .append("</h1>\n").append(inlineImages(SafeMarkdown.toHtml(lesson.body())));
                if (lesson.videoUrl() != null) {
                    html.append("<p class=\"meta\">Video: ").append(escape(lesson.videoUrl())).append("</p>");
                }
                html.append("</section>\n");
            }
        }
        html.append("</body></html>\n");
        return new OfflineFile(course.slug() + ".html", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String inlineImages(String html) {
        Matcher m = MEDIA.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = assets.findById(Long.parseLong(m.group(1)))
                    .filter(a -> a.kind() == Asset.Kind.IMAGE)
                    .map(a -> "src=\"data:" + a.contentType() + ";base64," + Base64.getEncoder().encodeToString(a.data())
                            + "\"")
                    .orElse("src=\"\"");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
