package vn.tuoitreso.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;

class CertificateViewsIT extends BrowserlessViewTest {

    @Autowired Certificates certificates;
    @Autowired CourseAuthoring authoring;
    @Autowired Accounts accounts;
    @Autowired Units units;

    @Test
    void anyone_checking_a_code_sees_only_name_course_date_and_status() {
        AccountSummary learner = new TestAccounts(accounts, units).create("Hoàng Thị Kiểm");
        CertificateSummary certificate = SystemTasks.runAsSystem(() -> {
            CourseSummary course = authoring.create(new CourseDraft("Khóa kiểm tra " + System.nanoTime(), "", List.of(),
                    CourseLevel.BASIC, 5));
            authoring.addLesson(authoring.outline(course.id()).sections().get(0).id(),
                    new LessonDraft("Bài", "Nội dung", 1, null));
            authoring.publish(course.id(), true);
            return certificates.issue(learner.id(), course.id());
        });

        UI.getCurrent().navigate("verify/" + certificate.code());
        VerifyView view = $(VerifyView.class).single();
        assertThat(view.status.getText()).isEqualTo("✓ Giấy chứng nhận hợp lệ");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Người được cấp: Hoàng Thị Kiểm")
                .noneMatch(t -> t.contains(learner.contact()));

        SystemTasks.runAsSystem(() -> certificates.revoke(certificate.code(), "Thử thu hồi"));
        UI.getCurrent().navigate("verify/" + certificate.code());
        assertThat($(VerifyView.class).single().status.getText()).isEqualTo("✗ Giấy chứng nhận đã bị thu hồi");

        UI.getCurrent().navigate("verify/TTS-NOPE0-NOPE0");
        assertThat($(VerifyView.class).single().status.getText()).isEqualTo("✗ Không có giấy chứng nhận nào mang mã này");
    }
}
