package vn.tuoitreso.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.tuoitreso.content.SeedUnits;
import vn.tuoitreso.documents.AttachmentTextExtracted;
import vn.tuoitreso.documents.ExtractionStatus;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClockConfiguration;

/**
 * The contest module with identity and documents: what a contestant does to an idea is told as
 * {@link SubmissionSubmitted}, {@link SubmissionUpdated} and {@link SubmissionWithdrawn}, and an attached file is
 * read by the documents module.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@DirtiesContext // a context of its own, shared with no other test class: closed after this one
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "app.files-dir=target/test-files")
class ContestModuleIT extends ContestScenario {

    @Autowired Attachments attachments;

    @TempDir Path dir;

    @Override
    TestAccounts people() {
        SeedUnits.ensureLoaded(units);
        return super.people();
    }

    @Test
    void submitting_an_idea_publishes_submission_submitted(Scenario scenario) {
        SubmissionSummary draft = draftIn(publishedContest());

        scenario.stimulate(() -> submissions.submit(draft.id()))
                .andWaitForEventOfType(SubmissionSubmitted.class)
                .matching(submitted -> submitted.submissionId() == draft.id())
                .toArriveAndVerify((submitted, sent) -> {
                    assertThat(submitted).isEqualTo(new SubmissionSubmitted(draft.id(), draft.contestId(), 1));
                    assertThat(sent.status()).isEqualTo(SubmissionStatus.SUBMITTED);
                });
    }

    @Test
    void a_new_revision_before_the_deadline_publishes_submission_updated(Scenario scenario,
            AssertablePublishedEvents events) {
        SubmissionSummary draft = draftIn(publishedContest());
        SubmissionSummary first = submissions.submit(draft.id());

        // A submitted idea changes only by sending a new revision: text and files in one call.
        scenario.stimulate(() -> submissions.submit(draft.id(), idea("Sổ tay số cho hợp tác xã hạt dẻ Trùng Khánh"),
                        first.version()))
                .andWaitForEventOfType(SubmissionUpdated.class)
                .matching(updated -> updated.submissionId() == draft.id())
                .toArriveAndVerify(updated -> {
                    assertThat(updated).isEqualTo(new SubmissionUpdated(draft.id(), draft.contestId(), 2));
                    assertThat(events.ofType(SubmissionSubmitted.class)
                            .matchingValue(SubmissionSubmitted::submissionId, draft.id()))
                            .as("submitted once, then updated").hasSize(1);
                });
    }

    @Test
    void withdrawing_publishes_submission_withdrawn_once(Scenario scenario, AssertablePublishedEvents events) {
        SubmissionSummary draft = draftIn(publishedContest());
        submissions.submit(draft.id());

        scenario.stimulate(() -> submissions.withdraw(draft.id()))
                .andWaitForEventOfType(SubmissionWithdrawn.class)
                .matching(withdrawn -> withdrawn.submissionId() == draft.id())
                .toArriveAndVerify((withdrawn, summary) -> {
                    assertThat(withdrawn).isEqualTo(new SubmissionWithdrawn(draft.id(), draft.contestId()));
                    assertThat(summary.status()).isEqualTo(SubmissionStatus.WITHDRAWN);
                });

        submissions.withdraw(draft.id());
        assertThat(events.ofType(SubmissionWithdrawn.class)
                .matchingValue(SubmissionWithdrawn::submissionId, draft.id()))
                .as("withdrawing again changes nothing").hasSize(1);
    }

    @Test
    void a_file_attached_to_a_submitted_idea_waits_for_the_next_revision_and_the_documents_module_reads_it(Scenario scenario,
            AssertablePublishedEvents events) throws IOException {
        SubmissionSummary draft = draftIn(publishedContest());
        submissions.submit(draft.id());
        Path file = Files.writeString(dir.resolve("thuyet-minh.txt"),
                "Thuyết minh ý tưởng: sổ tay số giúp hợp tác xã chè ghi chép sản lượng trên điện thoại.");

        AtomicReference<String> reference = new AtomicReference<>();

        scenario.stimulate(() -> {
                    AttachmentSummary attached = attachments.attach(draft.id(), "thuyet-minh.txt", file);
                    // The documents module knows a file by the name its owner gives it.
                    reference.set("contest-attachment:" + attached.id());
                    return attached;
                })
                .andWaitAtMost(Duration.ofSeconds(90))
                .andWaitForEventOfType(AttachmentTextExtracted.class)
                .matching(extracted -> extracted.reference().equals(reference.get()))
                .toArriveAndVerify((extracted, attached) -> {
                    assertThat(extracted.status()).isEqualTo(ExtractionStatus.EXTRACTED);
                    assertThat(attached.reading().status()).as("queued in the request")
                            .isEqualTo(ReadingStatus.PENDING);
                    assertThat(events.ofType(SubmissionUpdated.class)
                            .matchingValue(SubmissionUpdated::submissionId, draft.id()))
                            .as("the sent revision is unchanged until the next one is sent").isEmpty();
                    assertThat(attachments.of(draft.id())).singleElement().satisfies(a -> {
                        assertThat(a.reading().status()).isEqualTo(ReadingStatus.READ);
                        assertThat(a.reading().attempts()).isPositive();
                    });
                });
    }

    private ContestSummary publishedContest() {
        return publishedContest(new ContestDraft("Cuộc thi thử mô-đun: ý tưởng chuyển đổi số",
                "## Thể lệ\n\nMỗi thí sinh gửi tối đa 2 ý tưởng.", null, null, 5, 5, 20, 50), List.of());
    }

    /** A complete idea saved as a draft by the contestant, who stays the caller. */
    private SubmissionSummary draftIn(ContestSummary contest) {
        SubmissionSummary draft = submissions.start(contest.rounds().get(0).id());
        return submissions.save(draft.id(), idea("Sổ tay số cho hợp tác xã chè"));
    }

    private static IdeaDraft idea(String title) {
        return new IdeaDraft(title, "Tóm tắt ý tưởng", "Vấn đề: ghi chép giấy dễ thất lạc",
                "Giải pháp: ứng dụng ghi chép trên điện thoại", "Tác động", "Khả thi, chi phí thấp", null,
                List.of(new TeamMember(null, "Lò Văn Bạn")));
    }
}
