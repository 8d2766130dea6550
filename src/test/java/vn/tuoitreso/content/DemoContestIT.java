package vn.tuoitreso.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import vn.tuoitreso.contest.AttachmentSummary;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.ExtractionAwait;
import vn.tuoitreso.contest.ReadingStatus;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.SubmissionFilter;
import vn.tuoitreso.contest.SubmissionRow;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.documents.Extractions;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestClock;

/** The demo run: demo accounts exist, so the demo contest is loaded with its ideas and generated documents. */
@PlatformTest
@TestPropertySource(properties = {"app.demo=true", "server.address=127.0.0.1"})
class DemoContestIT {

    @Autowired DemoContest demo;
    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired Attachments attachments;
    @Autowired Extractions extractions;
    @Autowired TestClock clock;
    @Autowired vn.tuoitreso.review.Panels panels;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_demo_contest_is_loaded_once_with_its_categories_rounds_ideas_and_real_documents() throws Exception {
        assertThat(SystemTasks.runAsSystem(demo::load)).as("loading again adds nothing").isFalse();
        ContestSummary contest = SystemTasks.runAsSystem(() -> contests.all()).stream()
                .filter(c -> c.settings().title().startsWith("Ý tưởng sáng tạo ứng dụng chuyển đổi số"))
                .collect(Collectors.collectingAndThen(Collectors.toList(), list -> {
                    assertThat(list).as("one demo contest").hasSize(1);
                    return list.get(0);
                }));
        assertThat(contest.published()).isTrue();
        assertThat(contest.categories()).extracting(ContestSummary.Named::name)
                .containsExactly("Học tập", "Lao động", "Công tác");
        assertThat(contest.rounds()).hasSize(2);
        // The windows count from the day the demo was first loaded into this (kept) database: read it then.
        RoundDraft first = contest.rounds().get(0).plan();
        assertThat(first.submissionCloses()).isAfter(first.submissionOpens().plus(Duration.ofDays(7)));
        clock.moveTo(first.submissionOpens().plus(Duration.ofDays(1)));
        assertThat(SystemTasks.runAsSystem(() -> contests.all()).stream().filter(c -> c.id() == contest.id())
                .findFirst().orElseThrow().rounds().get(0).openNow()).as("open during its window").isTrue();

        List<SubmissionRow> rows = SystemTasks.runAsSystem(() -> submissions.list(SubmissionFilter.all(contest.id())));
        assertThat(rows).hasSize(4);
        assertThat(rows).filteredOn(r -> r.status() == SubmissionStatus.SUBMITTED).hasSize(3);
        assertThat(rows).extracting(SubmissionRow::ownerName).contains("Giàng A Páo", "Lò Thị Mai");

        SubmissionRow tea = rows.stream().filter(r -> r.title().contains("hạt dẻ Trùng Khánh")).findFirst().orElseThrow();
        List<AttachmentSummary> files = awaitExtraction(tea.id());
        assertThat(files).extracting(AttachmentSummary::mediaType).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(files).allSatisfy(f -> assertThat(f.reading().status()).isEqualTo(ReadingStatus.READ));
        assertThat(SystemTasks.runAsSystem(() -> extractions.text("contest-attachment:" + files.get(0).id())))
                .hasValueSatisfying(text -> assertThat(text).contains("hợp tác xã", "truy xuất"));
        assertThat(SystemTasks.runAsSystem(() -> extractions.text("contest-attachment:" + files.get(1).id())))
                .hasValueSatisfying(text -> assertThat(text).contains("Tháng 3: in tem QR"));
        vn.tuoitreso.review.PanelSummary panel = SystemTasks.runAsSystem(
                () -> panels.open(contest.rounds().get(0).id()));
        assertThat(panel.rubric()).as("the rules' rubric").hasSize(5);
        assertThat(panel.settings().judges()).as("the demo judge").hasSize(1);
        assertThat(SystemTasks.runAsSystem(() -> panels.ranking(panel.id())).rows())
                .as("the demo judge scored two ideas").filteredOn(r -> r.scored() == 1).hasSize(2);
    }

    private List<AttachmentSummary> awaitExtraction(long submissionId) throws InterruptedException {
        return ExtractionAwait.untilRead(() -> SystemTasks.runAsSystem(() -> attachments.of(submissionId)));
    }
}
