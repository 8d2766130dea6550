package vn.tuoitreso.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.search.IndexStatus;
import vn.tuoitreso.search.IndexedIdea;
import vn.tuoitreso.search.SearchEngine;
import vn.tuoitreso.search.index.IndexMaintenance;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;

/** The organisers' search and the administrators' index page, on the real engine. */
class SearchViewsIT extends BrowserlessViewTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired SearchEngine engine;
    @Autowired IndexMaintenance maintenance;

    AccountSummary organiser;
    long contestId;

    @BeforeEach
    void ideasInTheIndex() {
        organiser = new TestAccounts(accounts, units).create("Nông Thị Tìm Kiếm", Role.ORGANISER);
        // the rebuild a new context may start by itself would empty the index under the test
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            IndexStatus.Rebuild rebuild = maintenance.status().rebuild();
            return rebuild == null || rebuild.finished();
        });
        contestId = 1_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L);
        long first = contestId * 10;
        Instant sent = Instant.parse("2026-11-02T03:00:00Z");
        engine.upsert(new IndexedIdea(first, contestId, "Cuộc thi", 1, "Vòng sơ khảo", 5L, "Nông nghiệp", null, null,
                "SUBMITTED", sent, "Sàn thương mại điện tử cho hạt dẻ Lũng Nặm", "Bán hạt dẻ trên mạng.", "", "",
                List.of("Bế Văn Đàn"), List.of(new IndexedIdea.AttachmentText("ke-hoach.docx",
                        "Sản lượng hạt dẻ của xã Đình Phong khoảng 40 tấn mỗi vụ."))));
        engine.upsert(new IndexedIdea(first + 1, contestId, "Cuộc thi", 1, "Vòng sơ khảo", 6L, "Du lịch", null, null,
                "SUBMITTED", sent.plusSeconds(60), "Hạt dẻ rang Lũng Nặm làm quà du lịch", "Rang hạt dẻ đóng gói.", "", "",
                List.of(), List.of()));
        engine.upsert(new IndexedIdea(first + 2, contestId, "Cuộc thi", 1, "Vòng sơ khảo", 6L, "Du lịch", null, null,
                "SUBMITTED", sent.plusSeconds(120), "Homestay quanh thác Bản Giốc", "Du lịch cộng đồng.", "", "",
                List.of(), List.of()));
    }

    @AfterEach
    void removeTheIdeas() {
        for (long id = contestId * 10; id < contestId * 10 + 3; id++) {
            engine.delete(id);
        }
    }

    @Test
    void an_organiser_finds_ideas_without_diacritics_sees_marked_passages_and_filters_by_a_facet() {
        login(organiser.contact());
        UI.getCurrent().navigate("organiser/contests/" + contestId + "/search", QueryParameters.of("q", "hat de"));
        SubmissionSearchView view = $(SubmissionSearchView.class).single();

        assertThat(view.count.getText()).isEqualTo("Tìm thấy 2 bài");
        String html = view.results.getElement().getOuterHTML();
        assertThat(html).contains("<mark>hạt</mark> <mark>dẻ</mark>").contains("Tệp ke-hoach.docx")
                .contains("Bế Văn Đàn");

        Button tourism = $(Button.class, view.facets).all().stream()
                .filter(b -> b.getText().equals("Du lịch (1)")).findFirst().orElseThrow();
        click(tourism);
        assertThat(view.count.getText()).isEqualTo("Tìm thấy 1 bài");
        assertThat(view.results.getElement().getTextRecursively()).contains("Hạt dẻ rang Lũng Nặm làm quà du lịch")
                .doesNotContain("Sàn thương mại");

        click($(Button.class, view.results).all().stream().filter(b -> b.hasClassName("show-similar"))
                .findFirst().orElseThrow());
        Div similar = $(Div.class, view.results).all().stream().filter(d -> d.hasClassName("search-similar"))
                .findFirst().orElseThrow();
        assertThat(similar.getElement().getTextRecursively()).contains("Sàn thương mại điện tử cho hạt dẻ Lũng Nặm");
    }

    @Test
    void the_similar_ideas_panel_lists_the_closest_ideas_but_not_the_idea_itself() {
        login(organiser.contact());
        UI.getCurrent().navigate("organiser/submissions/" + (contestId * 10 + 1) + "/similar");
        SimilarIdeasView view = $(SimilarIdeasView.class).single();
        String text = view.list.getElement().getTextRecursively();
        assertThat(text).contains("Sàn thương mại điện tử cho hạt dẻ Lũng Nặm")
                .doesNotContain("Hạt dẻ rang Lũng Nặm làm quà du lịch");
    }

    @Test
    void pages_and_sorting_by_date() {
        login(organiser.contact());
        UI.getCurrent().navigate("organiser/contests/" + contestId + "/search");
        SubmissionSearchView view = $(SubmissionSearchView.class).single();
        assertThat(view.count.getText()).isEqualTo("Tìm thấy 3 bài");
        view.sort.setValue(vn.tuoitreso.search.SearchQuery.Sort.OLDEST);
        assertThat(view.results.getElement().getTextRecursively())
                .startsWith("Sàn thương mại điện tử cho hạt dẻ Lũng Nặm");
        assertThat(view.pageOf.getText()).isEqualTo("Trang 1/1");
        assertThat(view.next.isEnabled()).isFalse();
    }

    @Test
    void an_administrator_sees_the_index_and_rebuilds_it_with_a_progress_bar() {
        AccountSummary admin = new TestAccounts(accounts, units).create("Quản Trị Tìm Kiếm", Role.ADMIN);
        login(admin.contact());
        UI.getCurrent().navigate("admin/search-index");
        SearchIndexView view = $(SearchIndexView.class).single();
        assertThat(view.engine.getText()).isEqualTo("Bộ máy tìm kiếm: lucene");
        assertThat(view.health.getText()).isEqualTo("Tình trạng: đang hoạt động");
        assertThat(view.documents.getText()).startsWith("Số bài trong chỉ mục: ");
        assertThat(view.pending.getText()).startsWith("Sự kiện đang chờ đưa vào chỉ mục: ");

        click(view.rebuild);
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval() > 0 || maintenance.status().rebuild().finished())
                .as("the page polls while the rebuild runs").isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            IndexStatus.Rebuild rebuild = maintenance.status().rebuild();
            return rebuild != null && rebuild.finished();
        });
        view.refresh();
        assertThat(view.progressText.getText()).startsWith("Đã dựng lại xong");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(view.rebuild.isEnabled()).isTrue();
    }

    @Test
    void contestants_cannot_open_the_search() {
        AccountSummary contestant = new TestAccounts(accounts, units).create("Thí Sinh Tò Mò");
        login(contestant.contact());
        UI.getCurrent().navigate("organiser/contests/" + contestId + "/search");
        assertThat($(SubmissionSearchView.class).all()).isEmpty();
    }
}
