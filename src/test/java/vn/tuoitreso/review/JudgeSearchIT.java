package vn.tuoitreso.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tuoitreso.contest.AttachmentSummary;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.documents.HostileCorpus;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.search.Search;
import vn.tuoitreso.search.SearchHit;
import vn.tuoitreso.search.SearchQuery;
import vn.tuoitreso.search.SearchResult;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.WebClient;

/**
 * A judge searches their queue through the search module, and in blind review learns no author's name from any
 * search, idea, receipt, file name or download; what is not assigned to them does not exist for them.
 */
@PlatformTest
class JudgeSearchIT extends ReviewScenario {

    private static final String WORDS = "truy xuat nguon goc hat de";

    @Autowired Search search;
    @LocalServerPort int port;
    @TempDir Path dir;

    AccountSummary organiser;
    AccountSummary j1;
    AccountSummary j2;
    ContestSummary contest;
    SubmissionSummary mine;
    SubmissionSummary other;

    /** Two ideas with the same words (not in their titles), each assigned to one judge, blind. */
    @BeforeEach
    void twoIdeasEachWithOneJudge() throws Exception {
        List<Long> unitIds = unitIds();
        organiser = person("Ban Tổ Chức", unitIds.get(1), Role.ORGANISER);
        AccountSummary pao = person("Hoàng Thị Pào", unitIds.get(2));
        AccountSummary binh = person("Nông Văn Bình", unitIds.get(3));
        j1 = person("Giám Khảo Một", unitIds.get(1), Role.JUDGE);
        j2 = person("Giám Khảo Hai", unitIds.get(1), Role.JUDGE);
        contest = contest(organiser, "Học tập", "Lao động");
        mine = sent(pao, "Tem điện tử cho đặc sản Trùng Khánh", dir.resolve("a.pdf"));
        other = sent(binh, "Sổ tay nông sản sạch", null);

        logIn(organiser);
        PanelSummary panel = panels.open(contest.rounds().getFirst().id());
        panel = panels.configure(panel.id(), new PanelSettings(true, 1, false, Set.of(j1.id(), j2.id()),
                panel.settings().version()));
        List<IdeaRef> ideas = panels.ideas(panel.id());
        panels.confirm(panel.id(), List.of(new AssignmentProposal.Pair(ref(ideas, mine), j1.id(), false),
                new AssignmentProposal.Pair(ref(ideas, other), j2.id(), false)));
        // both ideas are in the index before any judge searches, so what a judge misses is kept from them
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> search.search(
                SearchQuery.of(WORDS).withContests(Set.of(contest.id()))).total() == 2);
        SecurityContextHolder.clearContext();
    }

    private SubmissionSummary sent(AccountSummary contestant, String title, Path pdf) throws Exception {
        logIn(contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().getFirst().id());
        submissions.save(draft.id(), new IdeaDraft(title, "Tóm tắt", "Vấn đề",
                "Dán tem để truy xuất nguồn gốc hạt dẻ", "Hiệu quả", "Khả thi",
                contest.categories().getFirst().id(), List.of(new TeamMember(null, "Bế Thị Hoa"))));
        if (pdf != null) {
            // the contestant's name in the file name and in each file's metadata, as a word processor writes it
            attachments.attach(draft.id(), contestant.fullName() + " - thuyết minh.pdf",
                    HostileCorpus.pdfBy(pdf, contestant.fullName(), "Thuyết minh ý tưởng", "Trang hai"));
            attachments.attach(draft.id(), "ke-hoach.docx", HostileCorpus.docxBy(pdf.resolveSibling("b.docx"),
                    contestant.fullName(), "Kế hoạch triển khai tem điện tử"));
        }
        SubmissionSummary sent = submissions.submit(draft.id());
        SecurityContextHolder.clearContext();
        return sent;
    }

    private static IdeaRef ref(List<IdeaRef> ideas, SubmissionSummary idea) {
        return ideas.stream().filter(i -> i.submissionId() == idea.id()).findFirst().orElseThrow();
    }

    @Test
    void a_judge_finds_an_assigned_idea_by_words_without_diacritics_and_never_an_unassigned_one() {
        logIn(j1);
        JudgeQueue found = judging.search(QueueFilter.of(WORDS));

        assertThat(found.items()).extracting(QueueItem::submissionId).containsExactly(mine.id());
        assertThat(found.facets()).doesNotContainKey(SearchResult.Facet.UNIT);
        assertThat(found.facets().get(SearchResult.Facet.CATEGORY)).singleElement()
                .satisfies(f -> assertThat(f.count()).isEqualTo(1));
        long otherCategory = contest.categories().get(1).id();
        assertThat(judging.search(new QueueFilter(WORDS, Set.of(otherCategory), Set.of())).items()).isEmpty();
        assertThat(judging.search(QueueFilter.of("khong co tu nay")).items()).isEmpty();
        assertThat(judging.search(QueueFilter.of("")).items()).extracting(QueueItem::submissionId)
                .containsExactly(mine.id());

        logIn(j2);
        assertThat(judging.search(QueueFilter.of(WORDS)).items()).extracting(QueueItem::submissionId)
                .containsExactly(other.id());
    }

    @Test
    void a_blind_judge_learns_no_name_from_search_idea_receipt_file_names_or_downloads() throws Exception {
        logIn(j1);
        SearchResult result = search.search(SearchQuery.of(WORDS));
        assertThat(result.hits()).extracting(SearchHit::submissionId).containsExactly(mine.id());
        assertThat(result.hits()).allSatisfy(h -> {
            assertThat(h.authors()).isEmpty();
            assertThat(h.unitName()).isNull();
        });
        // "Pào" is in the file name the contestant gave; "Bế Thị Hoa" in the team
        assertThat(result.toString() + search.similar(mine.id(), 5)).doesNotContain("Pào", "Bế Thị Hoa");
        assertThat(search.search(SearchQuery.of("Hoang Thi Pao")).hits()).isEmpty();
        assertThat(search.search(SearchQuery.of("Be Thi Hoa")).hits()).isEmpty();
        long assignmentId = judging.queue("").getFirst().assignmentId();
        assertThat(judging.sheet(assignmentId).toString()).doesNotContain("Pào", "Bế Thị Hoa", "Hoàng");
        assertThat(submissions.get(mine.id()).idea().team()).isEmpty();
        assertThat(submissions.get(mine.id()).toString()).doesNotContain("Pào", "Bế Thị Hoa");
        assertThat(submissions.receipt(mine.code()).toString()).doesNotContain("Pào", "Bế Thị Hoa");
        assertThat(attachments.of(mine.id())).allSatisfy(a -> assertThat(a.fileName()).doesNotContain("Pào"));
        long attachmentId = attachments.of(mine.id()).getFirst().id();
        SecurityContextHolder.clearContext();

        WebClient judge = new WebClient(port);
        judge.login(j1.contact(), TestAccounts.PASSWORD);
        assertThat(judge.download("/files/attachments/" + attachmentId).statusCode())
                .as("the original, whose metadata names its author").isEqualTo(404);

        // the judge of the other idea is told the file does not exist, by URL as by the services
        WebClient stranger = new WebClient(port);
        stranger.login(j2.contact(), TestAccounts.PASSWORD);
        assertThat(stranger.download("/files/attachments/" + attachmentId).statusCode()).isEqualTo(404);
        assertThat(stranger.download("/files/attachments/" + (attachmentId + 1_000_000)).statusCode()).isEqualTo(404);
    }

    @Test
    void a_blind_judge_reads_the_pages_and_text_of_files_whose_metadata_names_the_author_but_never_the_files()
            throws Exception {
        logIn(organiser);
        List<AttachmentSummary> files = attachments.of(mine.id());
        assertThat(files).extracting(AttachmentSummary::mediaType).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // the originals do name her, as organisers (not blind) receive them
        try (PDDocument pdf = Loader.loadPDF(bytes(attachments.download(files.get(0).id())))) {
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Hoàng Thị Pào");
            assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("Hoàng Thị Pào");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes(attachments.download(
                files.get(1).id()))))) {
            assertThat(docx.getProperties().getCoreProperties().getCreator()).isEqualTo("Hoàng Thị Pào");
            assertThat(docx.getProperties().getCoreProperties().getLastModifiedByUser()).isEqualTo("Hoàng Thị Pào");
        }

        logIn(j1);
        long assignmentId = judging.queue("").getFirst().assignmentId();
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> judging
                .sheet(assignmentId).files().stream().allMatch(f -> f.pdf() || f.hasText()));
        ScoreSheet sheet = judging.sheet(assignmentId);
        assertThat(sheet.files()).extracting(ScoreSheet.JudgeFile::name, ScoreSheet.JudgeFile::downloadable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tep-1.pdf", false),
                        org.assertj.core.groups.Tuple.tuple("tep-2.docx", false));

        // everything the judge can reach of the files: their pages as pictures, their text, never the files
        List<byte[]> reached = new java.util.ArrayList<>();
        reached.add(sheet.toString().getBytes(StandardCharsets.UTF_8));
        for (int page = 1; page <= judging.pdfPages(assignmentId, 1); page++) {
            reached.add(judging.pdfPage(assignmentId, 1, page));
        }
        assertThat(judging.text(assignmentId, 2)).hasValueSatisfying(t -> assertThat(t).contains("tem điện tử"));
        for (int index = 1; index <= 2; index++) {
            reached.add(judging.text(assignmentId, index).orElse("").getBytes(StandardCharsets.UTF_8));
            int file = index;
            assertThatThrownBy(() -> judging.file(assignmentId, file)).isInstanceOf(InvalidInputException.class);
        }
        for (AttachmentSummary f : attachments.of(mine.id())) {
            assertThatThrownBy(() -> attachments.download(f.id())).isInstanceOf(InvalidInputException.class);
        }
        reached.add(search.search(SearchQuery.of("ke hoach trien khai")).toString().getBytes(StandardCharsets.UTF_8));
        SecurityContextHolder.clearContext();
        WebClient judge = new WebClient(port);
        judge.login(j1.contact(), TestAccounts.PASSWORD);
        for (AttachmentSummary f : files) {
            HttpResponse<byte[]> download = judge.download("/files/attachments/" + f.id());
            assertThat(download.statusCode()).isEqualTo(404);
            reached.add(download.body());
        }
        assertThat(reached).allSatisfy(bytes -> assertThat(namesIn(bytes)).isEmpty());
    }

    /** "Hoàng Thị Pào" in the encodings a file or page can hold it: UTF-8, UTF-16 (PDF strings), plain letters. */
    private static List<String> namesIn(byte[] bytes) {
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        return java.util.stream.Stream.of(utf8, new String(bytes, StandardCharsets.UTF_16BE),
                vn.tuoitreso.search.VietnameseText.fold(utf8)).filter(text -> text.contains("Hoàng Thị Pào")
                        || text.toLowerCase(java.util.Locale.ROOT).contains("hoang thi pao")).toList();
    }

    private static byte[] bytes(vn.tuoitreso.contest.AttachmentFile file) throws Exception {
        try (java.io.InputStream in = file.content().open()) {
            return in.readAllBytes();
        }
    }
}
