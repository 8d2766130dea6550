package vn.tuoitreso.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.search.SearchResult.Facet;
import vn.tuoitreso.search.SearchResult.FacetCount;

/**
 * The behaviour every engine has, whatever it is: an engine's test extends this class and gives the engine, empty or
 * not ({@link #engine()} is called before each test, which then empties it).
 */
public abstract class SearchEngineContract {

    protected static final Instant MONDAY = Instant.parse("2026-11-02T03:00:00Z");

    protected SearchEngine engine;

    /** The engine under test; called before each test. */
    protected abstract SearchEngine engine();

    @BeforeEach
    void emptyEngine() {
        engine = engine();
        engine.deleteAll();
    }

    // --- Vietnamese ---

    @Test
    void words_typed_without_marks_find_text_written_with_them() {
        engine.upsert(idea(1, "Chuyển đổi số trong trường học Hà Quảng",
                "Sổ liên lạc điện tử cho phụ huynh ở các xã vùng cao."));
        engine.upsert(idea(2, "Nuôi ong lấy mật ở Bảo Lạc", "Hợp tác xã nuôi ong bán mật qua mạng."));

        assertThat(ids(search("chuyen doi so"))).containsExactly(1L);
        assertThat(ids(search("CHUYỂN ĐỔI SỐ"))).as("case does not matter").containsExactly(1L);
        assertThat(ids(search("bao lac"))).containsExactly(2L);
        assertThat(ids(search("đổi"))).containsExactly(1L);
    }

    @Test
    void a_word_with_its_exact_marks_ranks_above_words_that_differ_only_by_their_marks() {
        engine.upsert(idea(1, "Trồng cây dương ven suối", "Giữ đất hai bên suối bằng hàng cây dương."));
        engine.upsert(idea(2, "Làm đường bê tông lên bản", "Sửa đường đất lên bản bằng công lao động."));

        assertThat(ids(search("đường"))).as("both fold to duong").containsExactly(2L, 1L);
        assertThat(ids(search("dương"))).containsExactly(1L, 2L);
    }

    @Test
    void words_together_as_a_phrase_rank_above_the_same_words_scattered() {
        engine.upsert(idea(1, "Sổ tay cho hợp tác xã",
                "Số liệu bán hàng được chuyển lên mạng, cách làm thay đổi dần theo mùa vụ."));
        engine.upsert(idea(2, "Sổ tay cho hợp tác xã",
                "Chuyển đổi số giúp hợp tác xã bán hàng lên mạng, ghi chép theo mùa vụ."));

        assertThat(ids(search("chuyển đổi số"))).containsExactly(2L, 1L);
        assertThat(ids(search("chuyen doi so"))).containsExactly(2L, 1L);
    }

    @Test
    void ideas_of_equal_score_come_newest_first_with_one_word_or_several() {
        for (long i = 1; i <= 4; i++) {
            // sent in the order 3, 1, 4, 2: neither the id nor the order of indexing decides
            long hour = List.of(3L, 1L, 4L, 2L).indexOf(i);
            engine.upsert(idea(i, 10, 100, null, null, "SUBMITTED", "Chợ phiên Trùng Khánh",
                    MONDAY.plusSeconds(3600 * hour)));
        }

        assertThat(ids(search("chợ"))).containsExactly(2L, 4L, 1L, 3L);
        assertThat(ids(search("cho phien trung khanh"))).containsExactly(2L, 4L, 1L, 3L);
        assertThat(ids(engine.search(SearchQuery.of("chợ phiên").withPageSize(2))))
                .as("a page that ends among equal scores").containsExactly(2L, 4L);
        assertThat(ids(engine.search(SearchQuery.of("chợ phiên").withPageSize(2).withPage(1))))
                .as("the second page goes on in the same order").containsExactly(1L, 3L);
    }

    // --- facets, filters, paging, sorting ---

    @Test
    void facets_count_every_hit_and_filters_narrow_the_hits() {
        engine.upsert(idea(1, 10, 100, 1000L, 7L, "SUBMITTED", "Du lịch cộng đồng ở thác Bản Giốc", MONDAY));
        engine.upsert(idea(2, 10, 100, 1001L, 8L, "SUBMITTED", "Du lịch homestay ở Nguyên Bình", MONDAY));
        engine.upsert(idea(3, 10, 101, 1000L, 7L, "WITHDRAWN", "Bản đồ du lịch Trùng Khánh", MONDAY));
        engine.upsert(idea(4, 11, 102, null, null, "SUBMITTED", "Du lịch trải nghiệm làm miến dong", MONDAY));
        engine.upsert(idea(5, 11, 102, null, null, "SUBMITTED", "Trồng chè Shan tuyết", MONDAY));

        SearchResult result = engine.search(SearchQuery.of("du lich").withPageSize(2));

        assertThat(result.total()).isEqualTo(4);
        assertThat(result.hits()).hasSize(2);
        assertThat(counts(result, Facet.CONTEST)).containsOnly(Map.entry("10", 3L), Map.entry("11", 1L));
        assertThat(counts(result, Facet.ROUND)).containsOnly(Map.entry("100", 2L), Map.entry("101", 1L),
                Map.entry("102", 1L));
        assertThat(counts(result, Facet.CATEGORY)).containsOnly(Map.entry("1000", 2L), Map.entry("1001", 1L));
        assertThat(counts(result, Facet.UNIT)).containsOnly(Map.entry("7", 2L), Map.entry("8", 1L));
        assertThat(counts(result, Facet.STATUS)).containsOnly(Map.entry("SUBMITTED", 3L), Map.entry("WITHDRAWN", 1L));
        assertThat(result.facets().get(Facet.CONTEST)).contains(new FacetCount("10", "Cuộc thi 10", 3));
        assertThat(result.facets().get(Facet.UNIT)).contains(new FacetCount("7", "Đoàn xã 7", 2));

        SearchQuery query = SearchQuery.of("du lich");
        assertThat(ids(engine.search(query.withContests(Set.of(11L))))).containsExactly(4L);
        assertThat(ids(engine.search(query.withRounds(Set.of(100L, 101L))))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(ids(engine.search(query.withCategories(Set.of(1000L))))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(engine.search(query.withUnits(Set.of(8L))))).containsExactly(2L);
        assertThat(ids(engine.search(query.withStatuses(Set.of("WITHDRAWN"))))).containsExactly(3L);
        assertThat(ids(engine.search(query.withOnly(Set.of(2L, 5L))))).containsExactly(2L);
        assertThat(ids(engine.search(query.withOnly(Set.of())))).as("assigned nothing, finds nothing").isEmpty();
        assertThat(ids(engine.search(SearchQuery.of("")))).as("no words: every idea").hasSize(5);
    }

    @Test
    void pages_follow_each_other_without_overlap_and_dates_sort_both_ways() {
        for (int i = 1; i <= 5; i++) {
            engine.upsert(idea(i, 10, 100, null, null, "SUBMITTED", "Trà hoa vàng Quảng Hòa số " + i,
                    MONDAY.plusSeconds(3600L * i)));
        }
        SearchQuery query = SearchQuery.of("tra hoa vang").withPageSize(2);

        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            SearchResult result = engine.search(query.withPage(page));
            assertThat(result.total()).isEqualTo(5);
            seen.addAll(ids(result));
        }
        assertThat(seen).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(ids(engine.search(query.withPage(3)))).isEmpty();

        assertThat(ids(engine.search(query.withPageSize(5).withSort(SearchQuery.Sort.NEWEST))))
                .containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(ids(engine.search(query.withPageSize(5).withSort(SearchQuery.Sort.OLDEST))))
                .containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void the_total_and_the_facets_count_every_match_the_pages_show() {
        List<Long> expected = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String title = i <= 20 ? "Làm đường bê tông cho xã nông thôn mới số " + i
                    : i <= 35 ? "Trồng cây dương ở vùng nông thôn số " + i
                    : i <= 50 ? "Làm đường lên bản số " + i : "Chợ nông sản ở thôn số " + i;
            engine.upsert(idea(i, 10 + i % 3, 100, null, null, "SUBMITTED", title, MONDAY.plusSeconds(i)));
            if (i <= 35 || i > 50) {
                expected.add((long) i);
            }
        }
        SearchQuery query = SearchQuery.of("đường nông thôn").withPageSize(7);

        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 7; page++) {
            SearchResult result = engine.search(query.withPage(page));
            assertThat(result.total()).as("two of the three words, marks or not").isEqualTo(45);
            assertThat(counts(result, Facet.CONTEST).values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(45);
            seen.addAll(ids(result));
        }
        assertThat(seen).as("the pages show exactly the ideas counted").containsExactlyInAnyOrderElementsOf(expected);
    }

    // --- snippets ---

    @Test
    void snippets_mark_the_words_found_as_they_are_written_and_name_the_file() {
        engine.upsert(with(idea(1, "Bản đồ số cho du khách", "Một bản đồ trên điện thoại."),
                List.of(new IndexedIdea.AttachmentText("thuyet-minh.docx",
                        "Phần mở đầu. Du khách đến thác Bản Giốc thường không biết đường vào hang Ngườm Ngao."))));

        SearchHit hit = search("hang nguom ngao").hits().getFirst();

        SearchHit.Snippet snippet = hit.snippets().stream().filter(s -> s.field().equals("attachment")).findFirst()
                .orElseThrow();
        assertThat(snippet.fileName()).isEqualTo("thuyet-minh.docx");
        assertThat(snippet.text()).contains(marked("hang") + " " + marked("Ngườm") + " " + marked("Ngao"));
    }

    // --- similar ideas ---

    @Test
    void similar_ideas_are_those_sharing_the_most_words_without_the_idea_itself_or_withdrawn_ones() {
        engine.upsert(idea(1, 10, 100, null, null, "SUBMITTED",
                "Sàn thương mại điện tử cho hạt dẻ Trùng Khánh", MONDAY));
        engine.upsert(idea(2, 11, 102, null, null, "SUBMITTED",
                "Bán hạt dẻ Trùng Khánh trên sàn thương mại điện tử", MONDAY));
        engine.upsert(idea(3, 10, 100, null, null, "WITHDRAWN",
                "Sàn thương mại điện tử bán hạt dẻ Trùng Khánh", MONDAY));
        engine.upsert(idea(4, 10, 100, null, null, "SUBMITTED", "Phòng khám từ xa cho trạm y tế xã", MONDAY));

        List<SearchHit> similar = engine.similar(1, SearchQuery.of(""), 5);

        assertThat(similar).extracting(SearchHit::submissionId).first().isEqualTo(2L);
        assertThat(similar).extracting(SearchHit::submissionId).doesNotContain(1L, 3L);
        assertThat(engine.similar(1, SearchQuery.of("").withContests(Set.of(10L)), 5))
                .extracting(SearchHit::submissionId).doesNotContain(2L);
        assertThat(engine.similar(99, SearchQuery.of(""), 5)).isEmpty();
    }

    // --- blind ---

    @Test
    void blind_searches_never_show_or_match_authors_units_or_team_members_named_in_attachments() {
        IndexedIdea idea = with(new IndexedIdea(1, 10, "Cuộc thi 10", 100, "Vòng 100", 1000L, "Nông nghiệp", 7L,
                "Đoàn xã Đàm Thủy", "SUBMITTED", MONDAY, "Vườn ươm hạt dẻ của Hoàng Thị Mai",
                "Nhân giống hạt dẻ Trùng Khánh.", "Cây giống kém.", "Ghép cành.",
                List.of("Hoàng Thị Mai", "Lục Văn Quyết"), List.of()),
                List.of(new IndexedIdea.AttachmentText("ke-hoach.pdf",
                        "Kế hoạch vườn ươm. Anh Lục Văn Quyết phụ trách ghép cành; chị Luc Van Quyet ghi sổ.")));
        engine.upsert(idea);
        engine.upsert(idea(2, "Hạt dẻ sấy khô", "Sấy hạt dẻ bằng năng lượng mặt trời."));

        SearchQuery open = SearchQuery.of("Lục Văn Quyết");
        assertThat(ids(engine.search(open))).as("organisers find team members").containsExactly(1L);
        assertThat(ids(engine.search(SearchQuery.of("Đàm Thủy")))).as("and units").containsExactly(1L);

        for (String name : List.of("Lục Văn Quyết", "luc van quyet", "Văn Quyết", "Hoàng Thị Mai", "hoang thi mai",
                "Thị Mai", "Đàm Thủy")) {
            assertThat(engine.search(SearchQuery.of(name).asBlind()).total()).as(name).isZero();
        }

        SearchResult result = engine.search(SearchQuery.of("ghép cành vườn ươm hạt dẻ").asBlind());
        assertThat(ids(result)).contains(1L);
        assertThat(result.facets()).doesNotContainKey(Facet.UNIT);
        for (SearchHit hit : result.hits()) {
            assertNamesNothing(hit);
        }
        List<SearchHit> similar = engine.similar(2, SearchQuery.of("").asBlind(), 5);
        assertThat(similar).extracting(SearchHit::submissionId).contains(1L);
        similar.forEach(SearchEngineContract::assertNamesNothing);
    }

    private static void assertNamesNothing(SearchHit hit) {
        assertThat(hit.authors()).isEmpty();
        assertThat(hit.unitName()).isNull();
        List<String> texts = new ArrayList<>(hit.snippets().stream().map(SearchHit.Snippet::text).toList());
        texts.add(hit.title());
        for (String text : texts) {
            String folded = VietnameseText.fold(text);
            assertThat(folded).doesNotContain("quyet", "mai", "dam thuy");
        }
    }

    // --- upserts and status ---

    @Test
    void upserts_replace_the_document_and_deletes_remove_it() {
        engine.upsert(idea(1, "Miến dong Phia Đén", "Đóng gói miến dong."));
        engine.upsert(idea(1, "Miến dong Phia Đén", "Đóng gói miến dong."));
        assertThat(search("mien dong").total()).isEqualTo(1);

        engine.upsert(idea(1, "Thạch đen Thạch An", "Nấu thạch đen."));
        assertThat(search("mien dong").total()).isZero();
        assertThat(ids(search("thach den"))).containsExactly(1L);
        assertThat(engine.status().documents()).isEqualTo(1);
        assertThat(engine.status().up()).isTrue();
        assertThat(engine.status().engine()).isEqualTo(engine.name());

        engine.delete(1);
        engine.delete(1);
        assertThat(search("thach den").total()).isZero();
        assertThat(engine.status().documents()).isZero();
    }

    // --- helpers ---

    protected SearchResult search(String text) {
        return engine.search(SearchQuery.of(text));
    }

    protected static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::submissionId).toList();
    }

    protected static Map<String, Long> counts(SearchResult result, Facet facet) {
        Map<String, Long> counts = new java.util.HashMap<>();
        result.facets().getOrDefault(facet, List.of()).forEach(c -> counts.put(c.key(), c.count()));
        return counts;
    }

    protected static String marked(String word) {
        return SearchHit.Snippet.MARK_START + word + SearchHit.Snippet.MARK_END;
    }

    protected static IndexedIdea idea(long id, String title, String summary) {
        return new IndexedIdea(id, 10, "Cuộc thi 10", 100, "Vòng 100", null, null, null, null, "SUBMITTED", MONDAY,
                title, summary, "", "", List.of(), List.of());
    }

    protected static IndexedIdea idea(long id, long contestId, long roundId, @Nullable Long categoryId,
            @Nullable Long unitId, String status, String title, Instant sentAt) {
        return new IndexedIdea(id, contestId, "Cuộc thi " + contestId, roundId, "Vòng " + roundId, categoryId,
                categoryId == null ? null : "Lĩnh vực " + categoryId, unitId, unitId == null ? null : "Đoàn xã " + unitId,
                status, sentAt, title, "", "", "", List.of(), List.of());
    }

    protected static IndexedIdea with(IndexedIdea idea, List<IndexedIdea.AttachmentText> attachments) {
        return new IndexedIdea(idea.submissionId(), idea.contestId(), idea.contestName(), idea.roundId(),
                idea.roundName(), idea.categoryId(), idea.categoryName(), idea.unitId(), idea.unitName(),
                idea.status(), idea.sentAt(), idea.title(), idea.summary(), idea.problem(), idea.solution(),
                idea.authors(), attachments);
    }
}
