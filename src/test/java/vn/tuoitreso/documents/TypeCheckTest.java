package vn.tuoitreso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeCheckTest {

    private static final ExtractionLimits LIMITS = ExtractionLimits.defaults();

    @TempDir
    Path dir;

    @Test
    void an_empty_file_is_refused() throws Exception {
        Path file = Files.createFile(dir.resolve("rong.pdf"));
        assertThat(TypeCheck.check(file, LIMITS)).isEqualTo(new Detection.Refused("documents.refused.empty", List.of()));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_the_limit_in_megabytes() throws Exception {
        Path file = Files.write(dir.resolve("lon.txt"), new byte[3 * 1024 * 1024]);
        assertThat(TypeCheck.check(file, LIMITS.withMaxFileBytes(2 * 1024 * 1024)))
                .isEqualTo(new Detection.Refused("documents.refused.tooLarge", List.of(2L)));
    }

    @Test
    void an_executable_named_pdf_is_refused_with_the_allowed_extensions() throws Exception {
        Path file = HostileCorpus.executable(dir.resolve("bao-cao.pdf"));
        assertThat(TypeCheck.check(file, LIMITS)).isEqualTo(new Detection.Refused("documents.refused.type",
                List.of("pdf, docx, doc, pptx, ppt, xlsx, odt, odp, txt, jpg, png")));
    }

    @Test
    void a_docx_with_archives_nested_thirty_deep_is_refused_as_nested_not_as_a_wrong_type() throws Exception {
        Path file = HostileCorpus.nestedArchiveDocx(dir.resolve("long-30-tang.docx"), 30);
        assertThat(TypeCheck.check(file, LIMITS)).isEqualTo(new Detection.Refused("documents.failed.nested", List.of()));
    }

    @Test
    void a_docx_with_archives_nested_within_the_depth_limit_is_a_docx() throws Exception {
        Path file = HostileCorpus.nestedArchiveDocx(dir.resolve("hai-tang.docx"), 2);
        assertThat(TypeCheck.check(file, LIMITS)).isEqualTo(new Detection.Accepted(DocumentType.DOCX));
    }

    @Test
    void a_pdf_named_txt_is_a_pdf() throws Exception {
        Path file = HostileCorpus.pdf(dir.resolve("ghi-chu.txt"), HostileCorpus.VIETNAMESE);
        assertThat(TypeCheck.check(file, LIMITS)).isEqualTo(new Detection.Accepted(DocumentType.PDF));
    }

    @Test
    void office_documents_are_told_apart_by_their_content_whatever_their_name() throws Exception {
        assertThat(TypeCheck.check(HostileCorpus.docx(dir.resolve("a.bin"), "Xin chào"), LIMITS))
                .isEqualTo(new Detection.Accepted(DocumentType.DOCX));
        assertThat(TypeCheck.check(HostileCorpus.xlsx(dir.resolve("b.docx"), "Xin chào"), LIMITS))
                .isEqualTo(new Detection.Accepted(DocumentType.XLSX));
        assertThat(TypeCheck.check(HostileCorpus.pptx(dir.resolve("c"), "Xin chào"), LIMITS))
                .isEqualTo(new Detection.Accepted(DocumentType.PPTX));
    }

    @Test
    void vietnamese_plain_text_and_a_png_image_are_accepted() throws Exception {
        Path text = Files.writeString(dir.resolve("ghi-chu"), HostileCorpus.VIETNAMESE, StandardCharsets.UTF_8);
        assertThat(TypeCheck.check(text, LIMITS)).isEqualTo(new Detection.Accepted(DocumentType.TXT));
        assertThat(TypeCheck.check(HostileCorpus.png(dir.resolve("anh.pdf")), LIMITS))
                .isEqualTo(new Detection.Accepted(DocumentType.PNG));
    }

    @Test
    void html_is_not_an_accepted_type() throws Exception {
        Path file = Files.writeString(dir.resolve("trang.txt"), "<html><body><script>alert(1)</script></body></html>");
        assertThat(TypeCheck.check(file, LIMITS)).isInstanceOf(Detection.Refused.class)
                .extracting(refused -> ((Detection.Refused) refused).reasonKey()).isEqualTo("documents.refused.type");
    }

    @Test
    void a_zip_bomb_docx_is_refused_before_any_detector_opens_it() throws Exception {
        Path file = HostileCorpus.zipBombDocx(dir.resolve("bom.docx"), 120L * 1024 * 1024);
        assertThat(Files.size(file)).isLessThan(1024 * 1024);
        assertThat(TypeCheck.check(file, LIMITS)).isEqualTo(new Detection.Refused("documents.failed.bomb", List.of()));
    }

    @Test
    void a_docx_with_too_many_entries_is_refused_as_a_bomb() throws Exception {
        Path file = HostileCorpus.manyEntriesDocx(dir.resolve("nhieu.docx"), 2_100);
        assertThat(TypeCheck.check(file, LIMITS)).isEqualTo(new Detection.Refused("documents.failed.bomb", List.of()));
    }
}
