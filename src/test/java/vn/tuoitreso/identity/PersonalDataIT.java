package vn.tuoitreso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

/** A person downloads what the platform holds about them: their account and each module's part, nothing secret. */
@PlatformTest
class PersonalDataIT {

    @Autowired
    PersonalData personalData;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @Autowired
    Certificates certificates;

    @Autowired
    CourseAuthoring authoring;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_export_holds_the_account_and_the_certificates_and_no_password_hash() throws Exception {
        AccountSummary learner = new TestAccounts(accounts, units).create("Đoàn Thị Xuất");
        CertificateSummary certificate = SystemTasks.runAsSystem(() -> {
            var course = authoring.create(new CourseDraft("Khóa xuất dữ liệu " + System.nanoTime(), "Thử", List.of(),
                    CourseLevel.BASIC, 10));
            long section = authoring.outline(course.id()).sections().get(0).id();
            authoring.addLesson(section, new LessonDraft("Bài 1", "Nội dung", 5, null));
            return certificates.issue(learner.id(), authoring.publish(course.id(), true).id());
        });

        TestAccounts.login(users, learner);
        Map<String, String> files = unzip(personalData.exportMine());

        String folder = "tuoitreso-" + learner.id() + "/";
        assertThat(files).containsKeys(folder + "account.json", folder + "certificates.json", folder + "courses.json");
        assertThat(files.get(folder + "account.json")).contains("Đoàn Thị Xuất", learner.contact(), "LEARNER")
                .doesNotContainIgnoringCase("password_hash").doesNotContain("{bcrypt}").doesNotContain("$argon2");
        assertThat(files.get(folder + "certificates.json")).contains(certificate.code());
    }

    @Test
    void nobody_exports_without_logging_in() {
        assertThatThrownBy(() -> personalData.exportMine()).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
