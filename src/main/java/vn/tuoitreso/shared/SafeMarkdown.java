package vn.tuoitreso.shared;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Markdown (lessons, quiz questions, contest rules) to clean HTML: raw HTML in the Markdown is shown as text, and the result is
 * sanitised again (no script, no event handler, no {@code javascript:} address). Images load
 * lazily and only from the platform itself (another site's picture becomes a link), external links open in a new tab, tables scroll sideways on a narrow phone.
 */
public final class SafeMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create(),
            TaskListItemsExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final String BASE = "https://lesson.invalid/";
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        String raw = RENDERER.render(PARSER.parse(markdown));
        Safelist safelist = Safelist.relaxed()
                .removeTags("img")
                .addTags("img", "input", "hr", "del", "s")
                .addAttributes("img", "src", "alt", "title")
                .addProtocols("img", "src", "https", "http")
                .addAttributes("input", "type", "checked", "disabled")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "tel")
                .preserveRelativeLinks(true);
        Document document = Jsoup.parseBodyFragment(Jsoup.clean(raw, BASE, safelist), BASE);
        for (Element input : document.select("input")) {
            if (!"checkbox".equals(input.attr("type"))) {
                input.remove();
            }
        }
        for (Element image : document.select("img")) {
            String src = image.attr("src");
            if (!ownAddress(src)) {
                // a picture from elsewhere would tell that site who reads the lesson: a link the reader may follow
                Element link = new Element("a").attr("href", src).addClass("external-picture")
                        .text(image.attr("alt").isBlank() ? src : image.attr("alt"));
                image.replaceWith(link);
                continue;
            }
            image.attr("loading", "lazy").attr("decoding", "async");
        }
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                link.attr("target", "_blank").attr("rel", "noopener noreferrer nofollow");
            }
        }
        for (Element table : document.select("table")) {
            table.wrap("<div class=\"table-scroll\"></div>");
        }
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    /** A path on the platform itself: no scheme, no host ({@code //host}, or {@code /\\host} as browsers read it). */
    static boolean ownAddress(String src) {
        String address = src.replaceAll("[\\t\\n\\r]", "").strip(); // browsers ignore these inside an address
        return !address.isEmpty() && !SCHEME.matcher(address).find() && !address.startsWith("//")
                && !address.contains("\\");
    }

    /** The visible text of the Markdown, for search and previews. */
    public static String toText(String markdown) {
        return Jsoup.parse(toHtml(markdown)).text();
    }
}
