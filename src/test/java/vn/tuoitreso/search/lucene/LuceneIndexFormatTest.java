package vn.tuoitreso.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tuoitreso.search.IndexedIdea;
import vn.tuoitreso.search.SearchQuery;

/**
 * An index written in an earlier layout (without the fields today's searches read) is emptied when opened, so that
 * the platform rebuilds it from the database at start; an index in today's layout is kept as it is.
 */
class LuceneIndexFormatTest {

    @TempDir Path folder;

    @Test
    void an_index_of_an_earlier_layout_is_emptied_and_one_of_this_layout_kept() throws Exception {
        Path index = folder.resolve("index");
        try (var directory = FSDirectory.open(index);
                var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document old = new Document();
            old.add(new StringField(LuceneSearchEngine.ID, "1", Field.Store.YES));
            writer.addDocument(old);
            writer.setLiveCommitData(Map.of(LuceneSearchEngine.UPDATED, Instant.now().toString()).entrySet());
            writer.commit();
        }

        try (LuceneSearchEngine engine = new LuceneSearchEngine(index, Clock.systemUTC())) {
            assertThat(engine.status().documents()).as("the earlier layout is emptied").isZero();
            engine.upsert(new IndexedIdea(2, 10, "Cuộc thi 10", 100, "Vòng 100", null, null, null, null, "SUBMITTED",
                    Instant.parse("2026-11-02T03:00:00Z"), "Bản đồ số du lịch Pác Bó", "Tóm tắt", "Vấn đề",
                    "Giải pháp", List.of(), List.of()));
        }

        try (LuceneSearchEngine engine = new LuceneSearchEngine(index, Clock.systemUTC())) {
            assertThat(engine.status().documents()).as("this layout is kept").isEqualTo(1);
            assertThat(engine.search(SearchQuery.of("ban do so")).hits()).singleElement()
                    .satisfies(hit -> assertThat(hit.submissionId()).isEqualTo(2));
        }
    }
}
