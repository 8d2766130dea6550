package vn.tuoitreso.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    private static String marked(String text) {
        return text.replace(String.valueOf(SearchHit.Snippet.MARK_START), "[")
                .replace(String.valueOf(SearchHit.Snippet.MARK_END), "]");
    }

    @Test
    void words_typed_without_marks_are_marked_where_they_are_written_with_them_and_only_as_whole_words() {
        String snippet = SearchText.snippet("Du lịch cộng đồng ở Đường Dưa, dùng dụng cụ du lịch.",
                List.of("du", "lich"));
        assertThat(marked(snippet)).isEqualTo("[Du] [lịch] cộng đồng ở Đường Dưa, dùng dụng cụ [du] [lịch].");
    }

    @Test
    void white_space_is_collapsed_and_blank_text_has_no_snippet() {
        assertThat(marked(SearchText.snippet("  Mật\tong \n\n bạc   hà ", List.of("ong"))))
                .isEqualTo("Mật [ong] bạc hà");
        assertThat(SearchText.snippet(" \n ", List.of("ong"))).isNull();
        assertThat(marked(SearchText.snippet("Mật ong ", List.of("ong")))).isEqualTo("Mật [ong]");
        assertThat(marked(SearchText.snippet(" Mật ong", List.of("ong")))).isEqualTo("Mật [ong]");
    }

    @Test
    void an_idea_gives_at_most_three_passages_the_first_fields_that_match_in_order() {
        IndexedIdea idea = new IndexedIdea(1, 2, "Cuộc thi", 3, "Vòng 1", null, null, null, null, "SUBMITTED",
                java.time.Instant.EPOCH, "Chợ phiên", "Chợ phiên vùng cao.", "Chợ xa nhà.", "Chợ trên mạng.",
                List.of(), List.of(new IndexedIdea.AttachmentText("ke-hoach.pdf", "Chợ phiên mỗi tuần.")));

        assertThat(SearchText.snippets(idea, List.of("cho"), false)).extracting(SearchHit.Snippet::field)
                .containsExactly("summary", "problem", "solution");
        assertThat(SearchText.snippets(idea, List.of("phien"), false)).extracting(SearchHit.Snippet::field)
                .as("the title gives no passage of its own").containsExactly("summary", "attachment");
    }

    @Test
    void the_passage_is_cut_around_the_place_where_most_words_match() {
        String filler = "lorem ipsum dolor sit amet ".repeat(30);
        String text = "hạt dẻ ở đầu. " + filler + "hạt dẻ Trùng Khánh ngon nhất " + filler + "dẻ";
        String snippet = marked(SearchText.snippet(text, List.of("hat", "de", "trung", "khanh")));
        assertThat(snippet).startsWith("… ").endsWith(" …")
                .contains("[hạt] [dẻ] [Trùng] [Khánh] ngon nhất").hasSizeLessThan(200);
    }

    @Test
    void an_idea_gives_the_fields_where_a_word_matches_naming_the_file_or_its_summary_when_none_does() {
        IndexedIdea idea = new IndexedIdea(1, 2, "Cuộc thi", 3, "Vòng 1", null, null, null, null, "SUBMITTED",
                java.time.Instant.EPOCH, "Chợ phiên", "Tóm tắt về chợ phiên.", "Vấn đề", "Giải pháp",
                List.of("Vi Văn Tường"), List.of(new IndexedIdea.AttachmentText("ke-hoach.pdf",
                        "Kế hoạch mở gian hàng trên sàn thương mại điện tử, do Vi Văn Tường lập.")));

        List<SearchHit.Snippet> found = SearchText.snippets(idea, List.of("thuong", "mai"), false);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.fileName()).isEqualTo("ke-hoach.pdf");
            assertThat(marked(s.text())).contains("[thương] [mại] điện tử", "Vi Văn Tường");
        });
        assertThat(SearchText.snippets(idea, List.of("thuong"), true).getFirst().text())
                .doesNotContain("Tường").contains(SearchText.MASK);
        assertThat(SearchText.snippets(idea, List.of("khong", "co"), false)).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("Tóm tắt về chợ phiên."));
    }
}
