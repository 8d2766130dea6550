package vn.tuoitreso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Lessons show pictures from the platform itself only: another site's picture becomes a link nobody loads unasked. */
class LessonPicturesTest {

    @Test
    void a_picture_uploaded_to_the_course_is_shown() {
        Document html = Jsoup.parse(SafeMarkdown.toHtml("![Ruộng bậc thang](media/12/ruong-bac-thang.jpg)"));
        assertThat(html.select("img").attr("src")).isEqualTo("media/12/ruong-bac-thang.jpg");
        assertThat(html.select("img").attr("loading")).isEqualTo("lazy");
    }

    @Test
    void pictures_from_other_sites_become_links_and_load_nothing() {
        for (String address : new String[] {"https://tracker.example/pixel.gif", "http://cdn.example/anh.png",
                "//cdn.example/anh.png", "/\\cdn.example/anh.png", "HTTPS://tracker.example/a.png"}) {
            Document html = Jsoup.parse(SafeMarkdown.toHtml("Xem ![bản đồ](" + address + ") nhé"));
            assertThat(html.select("img")).as(address).isEmpty();
            assertThat(html.select("a.external-picture")).as(address).hasSize(1);
            assertThat(html.select("a.external-picture").text()).as(address).isEqualTo("bản đồ");
        }
        Document raw = Jsoup.parse(SafeMarkdown.toHtml("<img src=\"https://tracker.example/p.gif\">"));
        assertThat(raw.select("img")).isEmpty();
    }

    @Test
    void an_external_link_picture_opens_in_a_new_tab_without_a_referrer() {
        Document html = Jsoup.parse(SafeMarkdown.toHtml("![](https://tracker.example/pixel.gif)"));
        assertThat(html.select("a.external-picture").attr("rel")).contains("noreferrer");
        assertThat(html.select("a.external-picture").text()).isEqualTo("https://tracker.example/pixel.gif");
    }
}
