package vn.tuoitreso.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tuoitreso.search.SearchEngine;
import vn.tuoitreso.search.SearchEngineContract;
import vn.tuoitreso.search.SearchQuery;

/** The contract on the embedded engine, each test with an index folder of its own. */
class LuceneSearchEngineContractTest extends SearchEngineContract {

    @TempDir Path folder;

    private LuceneSearchEngine lucene;

    @Override
    protected SearchEngine engine() {
        lucene = new LuceneSearchEngine(folder.resolve("index"), Clock.systemUTC());
        return lucene;
    }

    @AfterEach
    void close() {
        lucene.close();
    }

    @Test
    void a_second_process_on_the_same_folder_is_told_why_it_cannot_open_the_index() {
        assertThatThrownBy(() -> new LuceneSearchEngine(folder.resolve("index"), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by another process");
    }

    @Test
    void what_was_indexed_is_there_after_a_restart_with_when_it_changed() {
        lucene.upsert(idea(1, "Miến dong Phia Đén", "Đóng gói miến dong."));
        lucene.close();

        lucene = new LuceneSearchEngine(folder.resolve("index"), Clock.systemUTC());

        assertThat(ids(lucene.search(SearchQuery.of("mien dong")))).isEqualTo(List.of(1L));
        assertThat(lucene.status().documents()).isEqualTo(1);
        assertThat(lucene.status().lastUpdate()).isNotNull();
    }
}
