package vn.tuoitreso.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import vn.tuoitreso.contest.storage.FileStorage;
import vn.tuoitreso.documents.Extractions;
import vn.tuoitreso.documents.HostileCorpus;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.WebClient;

@PlatformTest
@Import(AttachmentsIT.Assignments.class)
class AttachmentsIT extends ContestScenario {

    /** Stands in for the review module's assignments: which judge reads which submission. */
    @TestConfiguration
    static class Assignments implements ReviewerAccess {
        final Set<String> pairs = ConcurrentHashMap.newKeySet();

        @Bean
        Assignments assignments() {
            return this;
        }

        @Override
        public boolean isAssigned(long judgeAccountId, long submissionId) {
            return pairs.contains(judgeAccountId + ":" + submissionId);
        }
    }

    @Autowired Attachments attachments;
    @Autowired Extractions extractions;
    @Autowired FileStorage storage;
    @Autowired Assignments assignments;
    @LocalServerPort int port;
    @TempDir Path dir;

    AccountSummary teammate;

    @Autowired
    vn.tuoitreso.contest.Invitations invitations;
    AccountSummary stranger;
    AccountSummary judge;

    @BeforeEach
    void createOthers() {
        TestAccounts testAccounts = people();
        teammate = testAccounts.create("Vàng A Đồng Đội");
        stranger = testAccounts.create("Người Lạ Tò Mò");
        judge = testAccounts.create("Giám Khảo Khác", Role.JUDGE);
    }

    @Test
    void documents_are_checked_by_content_stored_and_their_text_extracted_in_the_background() throws Exception {
        long id = draft(contest(5, 20, 50));
        AttachmentSummary pdf = attachments.attach(id, "Thuyết minh ý tưởng.pdf",
                HostileCorpus.pdf(dir.resolve("a.pdf"), HostileCorpus.VIETNAMESE));
        AttachmentSummary docx = attachments.attach(id, "ke-hoach.docx",
                HostileCorpus.docx(dir.resolve("b.docx"), "Kế hoạch triển khai ở xã Đàm Thủy"));
        AttachmentSummary picture = attachments.attach(id, "anh.png", HostileCorpus.png(dir.resolve("c.png")));
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(storage.exists(pdf.sha256())).isTrue();

        List<AttachmentSummary> done = awaitExtraction(id);
        assertThat(done).extracting(a -> a.reading().status())
                .containsExactly(ReadingStatus.READ, ReadingStatus.READ, ReadingStatus.NO_TEXT);
        assertThat(done).extracting(AttachmentSummary::mediaType).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png");
        TestAccounts.login(users, organiser);
        assertThat(extractions.text("contest-attachment:" + pdf.id()))
                .hasValueSatisfying(text -> assertThat(text).contains("chuyển đổi số"));
        assertThat(extractions.text("contest-attachment:" + docx.id()))
                .hasValueSatisfying(text -> assertThat(text).contains("xã Đàm Thủy"));
        assertThat(picture.fileName()).isEqualTo("anh.png");
    }

    @Test
    void hostile_files_are_refused_with_a_reason_and_leave_nothing_behind() throws Exception {
        long id = draft(contest(5, 1, 50));
        assertRefused(id, "hoa-don.pdf", HostileCorpus.executable(dir.resolve("x.pdf")), "documents.refused.type");
        assertRefused(id, "trong.docx", Files.createFile(dir.resolve("empty.docx")), "documents.refused.empty");
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "chuyển đổi số ".repeat(120_000));
        assertRefused(id, "big.txt", big, "documents.refused.tooLarge");
        assertRefused(id, "bom.docx", HostileCorpus.zipBombDocx(dir.resolve("bomb.docx"), 300L * 1024 * 1024),
                "documents.failed.bomb");
        assertThat(attachments.of(id)).isEmpty();
        try (var incoming = Files.list(storagePath().resolve("incoming"))) {
            assertThat(incoming).as("no half-written upload is left").isEmpty();
        }

        AttachmentSummary tricky = attachments.attach(id, "..\\..\\etc/passwd\u202Efdp.txt",
                HostileCorpus.pdf(dir.resolve("t.pdf"), "Tài liệu"));
        assertThat(tricky.fileName()).doesNotContain("/", "\\", "\u202E").endsWith(".pdf");
        AttachmentSummary locked = attachments.attach(id, "bao-mat.pdf", HostileCorpus.encryptedPdf(dir.resolve("e.pdf")));
        assertThat(awaitExtraction(id)).filteredOn(a -> a.id() == locked.id()).singleElement()
                .satisfies(a -> {
                    assertThat(a.reading().status()).isEqualTo(ReadingStatus.FAILED);
                    assertThat(a.reading().reasonKey()).isEqualTo("documents.failed.encrypted");
                });

        assertThatThrownBy(() -> attachments.retryExtraction(locked.id())).isInstanceOf(AccessDeniedException.class);
        TestAccounts.login(users, organiser);
        assertThat(attachments.retryExtraction(locked.id()).reading().status()).isEqualTo(ReadingStatus.PENDING);
        TestAccounts.login(users, contestant);
        AttachmentSummary retried = awaitExtraction(id).stream().filter(a -> a.id() == locked.id()).findFirst().orElseThrow();
        assertThat(retried.reading().attempts()).isEqualTo(2);
        assertThat(retried.reading().status()).isEqualTo(ReadingStatus.FAILED);
        assertThat(submissions.get(id).status()).as("the submission itself is unharmed").isEqualTo(SubmissionStatus.DRAFT);
    }

    @Test
    void verdicts_say_what_happened_a_docx_nested_too_deep_and_a_pdf_read_only_in_part() throws Exception {
        long id = draft(contest(5, 1, 50));
        assertRefused(id, "long-nhau.docx", HostileCorpus.nestedArchiveDocx(dir.resolve("n.docx"), 30),
                "documents.failed.nested");
        AttachmentSummary cut = attachments.attach(id, "tai-do-dang.pdf",
                HostileCorpus.cutPdf(dir.resolve("c.pdf"), 5, 3));
        AttachmentSummary whole = attachments.attach(id, "day-du.pdf", HostileCorpus.pdf(dir.resolve("w.pdf"), "Đủ"));
        List<AttachmentSummary> done = awaitExtraction(id);
        assertThat(done).filteredOn(a -> a.id() == cut.id()).singleElement().satisfies(a -> {
            assertThat(a.reading().status()).isEqualTo(ReadingStatus.PARTIAL);
            assertThat(a.reading().reasonKey()).isEqualTo("documents.partial.cut");
        });
        assertThat(done).filteredOn(a -> a.id() == whole.id()).singleElement()
                .satisfies(a -> assertThat(a.reading().status()).isEqualTo(ReadingStatus.READ));
    }

    @Test
    void the_count_per_submission_and_the_total_per_contestant_are_limited() throws Exception {
        ContestSummary contest = contest(2, 1, 1);
        long first = draft(contest);
        attachments.attach(first, "1.txt", text("a.txt", 400_000));
        attachments.attach(first, "2.txt", text("b.txt", 400_000));
        assertThatThrownBy(() -> attachments.attach(first, "3.txt", text("c.txt", 10)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.attachment.tooMany"));
        long second = submissions.start(contest.rounds().get(0).id()).id();
        assertThatThrownBy(() -> attachments.attach(second, "4.txt", text("d.txt", 400_000)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("contest.attachment.totalTooLarge"));
        attachments.remove(attachments.of(first).get(0).id());
        assertThat(attachments.attach(second, "4.txt", text("d.txt", 400_000)).fileName()).isEqualTo("4.txt");
    }

    @Test
    void files_cannot_change_once_the_round_has_closed_for_a_submitted_idea() throws Exception {
        ContestSummary contest = contest(5, 20, 50);
        long id = draft(contest);
        submissions.save(id, new IdeaDraft("Chợ phiên trực tuyến", "Tóm tắt", "Vấn đề", "Giải pháp", "", "",
                contest.categories().get(0).id(), List.of()));
        AttachmentSummary file = attachments.attach(id, "a.pdf", HostileCorpus.pdf(dir.resolve("a.pdf"), "Một"));
        submissions.submit(id);
        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> attachments.attach(id, "b.pdf", HostileCorpus.pdf(dir.resolve("b.pdf"), "Hai")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("contest.submission.closed"));
        assertThatThrownBy(() -> attachments.remove(file.id())).isInstanceOf(InvalidInputException.class);
        assertThat(submissions.revisions(id).get(0)).contains("a.pdf").contains(file.sha256());
    }

    @Test
    void a_file_attached_after_submission_shows_on_the_receipt_only_once_the_next_revision_is_sent() throws Exception {
        ContestSummary contest = contest(5, 20, 50);
        long id = draft(contest);
        IdeaDraft idea = new IdeaDraft("Bản đồ số chợ phiên vùng cao", "Tóm tắt", "Vấn đề", "Giải pháp", "", "",
                contest.categories().get(0).id(), List.of());
        AttachmentSummary first = attachments.attach(id, "thuyet-minh.pdf",
                HostileCorpus.pdf(dir.resolve("a.pdf"), "Thuyết minh"));
        SubmissionSummary sent = submissions.submit(id, idea, submissions.get(id).version());
        Receipt receipt = submissions.receipt(sent.code());

        clock.advance(Duration.ofHours(3));
        AttachmentSummary later = attachments.attach(id, "ke-hoach.pdf", HostileCorpus.pdf(dir.resolve("b.pdf"), "Kế hoạch"));
        attachments.remove(first.id());

        Receipt unchanged = submissions.receipt(sent.code());
        assertThat(unchanged.attachments()).extracting(AttachmentSummary::fileName).containsExactly("thuyet-minh.pdf");
        assertThat(unchanged.revision()).isEqualTo(1);
        assertThat(unchanged.sentAt()).as("Nộp lúc does not move").isEqualTo(receipt.sentAt());
        assertThat(attachments.of(id)).as("the contestant works on the files attached now")
                .extracting(AttachmentSummary::fileName).containsExactly("ke-hoach.pdf");
        assertThat(submissions.get(id).version()).as("files do not make an open form out of date")
                .isEqualTo(sent.version());
        TestAccounts.login(users, organiser);
        assertThat(attachments.of(id)).as("organisers read the files sent").extracting(AttachmentSummary::fileName)
                .containsExactly("thuyet-minh.pdf");
        assertThat(submissions.list(SubmissionFilter.all(contest.id()))).singleElement().satisfies(row -> {
            assertThat(row.attachments()).isEqualTo(1);
            assertThat(row.submittedAt()).isEqualTo(receipt.sentAt());
        });

        TestAccounts.login(users, contestant);
        SubmissionSummary second = submissions.submit(id, idea, sent.version());
        Receipt next = submissions.receipt(sent.code());
        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.attachments()).extracting(AttachmentSummary::id).containsExactly(later.id());
        assertThat(next.sentAt()).isAfter(receipt.sentAt()).isEqualTo(second.submittedAt());
        assertThat(submissions.history(id)).extracting(r -> r.attachments().stream()
                .map(SentRevision.File::fileName).toList())
                .containsExactly(List.of("ke-hoach.pdf"), List.of("thuyet-minh.pdf"));
    }

    @Test
    void downloads_are_checked_on_the_request_itself() throws Exception {
        long id = draft(contest(5, 20, 50));
        submissions.save(id, new IdeaDraft("Sổ liên lạc điện tử", "", "", "", "", "", null, List.of()));
        long invitation = invitations.invite(id, teammate.contact()).id();
        TestAccounts.login(users, teammate);
        invitations.accept(invitation);
        TestAccounts.login(users, contestant);
        AttachmentSummary file = attachments.attach(id, "Đề án.pdf",
                HostileCorpus.pdf(dir.resolve("d.pdf"), HostileCorpus.VIETNAMESE));
        byte[] original = Files.readAllBytes(dir.resolve("d.pdf"));
        String path = file.downloadPath();

        WebClient anonymous = new WebClient(port);
        assertThat(anonymous.download(path).statusCode()).isEqualTo(302);
        for (AccountSummary denied : List.of(stranger, judge)) {
            WebClient web = loggedIn(denied);
            assertThat(web.download(path).statusCode()).as(denied.fullName()).isEqualTo(404);
        }
        assignments.pairs.add(judge.id() + ":" + id);
        for (AccountSummary allowed : List.of(contestant, teammate, organiser, judge)) {
            HttpResponse<byte[]> response = loggedIn(allowed).download(path);
            assertThat(response.statusCode()).as(allowed.fullName()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(original);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    d -> assertThat(d).startsWith("attachment").contains("UTF-8''%C4%90%E1%BB%81%20%C3%A1n.pdf"));
        }
        assignments.pairs.clear();
        assertThat(loggedIn(judge).download(path).statusCode()).isEqualTo(404);

        TestAccounts.login(users, stranger);
        assertThatThrownBy(() -> attachments.download(file.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> attachments.of(id)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> submissions.get(id)).isInstanceOf(InvalidInputException.class);
        TestAccounts.login(users, teammate);
        assertThatThrownBy(() -> attachments.attach(id, "x.pdf", dir.resolve("d.pdf")))
                .as("team members read, only the owner changes").isInstanceOf(InvalidInputException.class);
    }

    private WebClient loggedIn(AccountSummary account) throws IOException, InterruptedException {
        WebClient web = new WebClient(port);
        assertThat(WebClient.location(web.login(account.contact(), TestAccounts.PASSWORD))).doesNotContain("error");
        return web;
    }

    private void assertRefused(long submissionId, String name, Path file, String key) {
        assertThatThrownBy(() -> attachments.attach(submissionId, name, file)).as(name)
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo(key));
    }

    private Path text(String name, int bytes) throws IOException {
        return Files.writeString(dir.resolve(name), "x".repeat(bytes));
    }

    private Path storagePath() {
        Path any = storage.path("0".repeat(64));
        return any.getParent().getParent().getParent();
    }

    private List<AttachmentSummary> awaitExtraction(long submissionId) throws InterruptedException {
        return ExtractionAwait.untilRead(() -> attachments.of(submissionId));
    }

    /** A contest allowing two ideas per contestant and round, for the total over a contestant's ideas. */
    private ContestSummary contest(int maxFiles, int maxFileMb, int maxTotalMb) {
        return publishedContest(new ContestDraft("Cuộc thi ý tưởng số " + System.nanoTime(), "Thể lệ", null, null, 5,
                maxFiles, maxFileMb, maxTotalMb).withIdeasPerRound(2), List.of("Học tập"));
    }

    private long draft(ContestSummary contest) {
        return submissions.start(contest.rounds().get(0).id()).id();
    }
}
