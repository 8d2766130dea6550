package vn.tuoitreso.certificate.issue;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.learning.CourseCompleted;
import vn.tuoitreso.shared.SystemTasks;

/** Issues the certificate when a learner completes a course; safe to run twice. */
@Component
class CertificateIssuer {

    private final Certificates certificates;

    CertificateIssuer(Certificates certificates) {
        this.certificates = certificates;
    }

    @ApplicationModuleListener
    void on(CourseCompleted event) {
        SystemTasks.runAsSystem(() -> certificates.issue(event.accountId(), event.courseId()));
    }
}
