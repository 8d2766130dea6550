package vn.tuoitreso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void markdown_becomes_clean_html() {
        String html = SafeMarkdown.toHtml("""
                ## Mục tiêu

                - **Mở** tài khoản
                - [x] Đã có OTP

                > **Cảnh báo:** không chia sẻ mã OTP.

                | Mức | Ý nghĩa |
                |---|---|
                | 1 | Cơ bản |

                ![Ảnh sản phẩm](media/7/anh.jpg) và https://dichvucong.gov.vn
                """);
        assertThat(html).contains("<h2>Mục tiêu</h2>", "<strong>Mở</strong>", "<blockquote>",
                "<div class=\"table-scroll\"><table>", "loading=\"lazy\"", "src=\"media/7/anh.jpg\"",
                "href=\"https://dichvucong.gov.vn\"", "target=\"_blank\"", "rel=\"noopener noreferrer nofollow\"",
                "type=\"checkbox\"", "disabled");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[bấm vào](javascript:alert(1))",
            "[bấm vào](JaVaScRiPt:alert(1))",
            "[bấm](  javascript:alert(1) )",
            "![x](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<body onload=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "[x](&#106;avascript:alert(1))",
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
            "<details open ontoggle=alert(1)>",
            "<input type=\"text\" onfocus=\"alert(1)\" autofocus>"})
    void no_xss_payload_survives(String payload) {
        String html = SafeMarkdown.toHtml("Văn bản trước\n\n" + payload + "\n\nvăn bản sau");
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.select("script, iframe, svg, math, object, embed, form, style, body body, details, "
                + "input:not([type=checkbox])")).as(html).isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertThat(attribute.getKey()).as(html).doesNotStartWith("on").isNotEqualTo("style");
                assertThat(value).as(html).doesNotContain("javascript:").doesNotContain("vbscript:")
                        .doesNotStartWith("data:");
            }
        }
        assertThat(document.text()).contains("văn bản sau");
    }

    @Test
    void text_for_search_has_no_markup() {
        assertThat(SafeMarkdown.toText("## Tiêu đề\n\n**đậm** và _nghiêng_")).isEqualTo("Tiêu đề đậm và nghiêng");
    }
}
