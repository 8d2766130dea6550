package vn.tuoitreso.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.Enrolments;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

@PlatformTest
class CertificatesIT {

    @Autowired Certificates certificates;
    @Autowired CourseAuthoring authoring;
    @Autowired Enrolments enrolments;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void completing_a_course_issues_one_certificate_whose_pdf_names_the_learner_and_whose_qr_opens_the_check() throws Exception {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        AccountSummary learner = testAccounts.create("Nguyễn Thị Ánh Tuyết");
        CourseSummary course = courseWithLessons(testAccounts, 2);

        TestAccounts.login(users, learner);
        for (var lesson : authoringOutline(course).lessons()) {
            enrolments.complete(lesson.id());
        }
        CertificateSummary certificate = await().atMost(Duration.ofSeconds(20))
                .until(() -> mine(learner), list -> !list.isEmpty()).get(0);
        assertThat(certificate.holderName()).isEqualTo("Nguyễn Thị Ánh Tuyết");
        assertThat(certificate.courseTitle()).isEqualTo(course.title());
        assertThat(certificate.code()).matches("TTS-[A-Z2-9]{5}-[A-Z2-9]{5}");

        SystemTasks.runAsSystem(() -> certificates.issue(learner.id(), course.id()));
        assertThat(mine(learner)).hasSize(1);

        TestAccounts.login(users, learner);
        byte[] pdf = certificates.pdf(certificate.code());
        java.nio.file.Files.write(java.nio.file.Path.of("target/certificate-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nguyễn Thị Ánh Tuyết", "GIẤY CHỨNG NHẬN", course.title(), certificate.code());
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String qr = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)))).getText();
            assertThat(qr).endsWith("/verify/" + certificate.code());
        }

        SecurityContextHolder.clearContext();
        assertThat(certificates.verify(certificate.code())).hasValueSatisfying(v -> {
            assertThat(v.valid()).isTrue();
            assertThat(v.holderName()).isEqualTo("Nguyễn Thị Ánh Tuyết");
        });
    }

    @Test
    void organisers_revoke_and_zip_certificates_while_learners_cannot() throws Exception {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        AccountSummary learner = testAccounts.create("Lò Văn Thắng");
        AccountSummary other = testAccounts.create("Lò Văn Khác");
        AccountSummary organiser = testAccounts.create("Ban Tổ Chức", Role.ORGANISER);
        CourseSummary course = courseWithLessons(testAccounts, 1);
        CertificateSummary certificate = SystemTasks.runAsSystem(() -> certificates.issue(learner.id(), course.id()));

        TestAccounts.login(users, other);
        assertThatThrownBy(() -> certificates.pdf(certificate.code())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> certificates.revoke(certificate.code(), "thử")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.zipOfCourse(course.id(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.listingOfCourse(course.id(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.login(users, organiser);
        assertThat(zipEntries(course).keySet()).containsExactly(certificate.code() + ".pdf");
        String unit = units.tree().stream().filter(u -> u.id() == testAccounts.anyUnitId()).findFirst().orElseThrow()
                .path();
        assertThat(certificates.listingOfCourse(course.id(), PageRequest.of(0, 10)).getContent())
                .extracting(l -> l.certificate().code(), l -> l.certificate().holderName(), CertificateListing::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(certificate.code(), "Lò Văn Thắng", unit));
        assertThatThrownBy(() -> certificates.revoke(certificate.code(), " ")).isInstanceOf(InvalidInputException.class);
        certificates.revoke(certificate.code(), "Cấp nhầm người");

        SecurityContextHolder.clearContext();
        assertThat(certificates.verify(certificate.code())).hasValueSatisfying(v -> assertThat(v.valid()).isFalse());
        assertThat(certificates.verify("TTS-AAAAA-AAAAA")).isEmpty();
    }

    @Test
    void a_course_zip_holds_every_valid_certificate_once_by_holder_each_a_pdf_with_its_code() throws Exception {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        CourseSummary course = courseWithLessons(testAccounts, 1);
        // more than a page, holders sharing names across the pages' edges
        List<String> names = List.of("Hoàng Thị Mai", "Đàm Văn Nam", "Nông Thị Hoa");
        List<CertificateSummary> issued = new java.util.ArrayList<>();
        for (int i = 0; i < Certificates.ZIP_PAGE + 3; i++) {
            AccountSummary learner = testAccounts.create(names.get(i % names.size()));
            issued.add(SystemTasks.runAsSystem(() -> certificates.issue(learner.id(), course.id())));
        }
        CertificateSummary revoked = issued.get(7);
        SystemTasks.runAsSystem(() -> certificates.revoke(revoked.code(), "Cấp nhầm"));
        TestAccounts.login(users, testAccounts.create("Ban Tổ Chức", Role.ORGANISER));

        Map<String, byte[]> entries = zipEntries(course);

        List<CertificateSummary> valid = issued.stream().filter(c -> !c.code().equals(revoked.code())).toList();
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(
                valid.stream().map(c -> c.code() + ".pdf").toList());
        List<String> byHolder = List.of("Đàm Văn Nam", "Hoàng Thị Mai", "Nông Thị Hoa");
        assertThat(entries.keySet().stream().map(e -> holderOf(valid, e)).toList())
                .isSortedAccordingTo(java.util.Comparator.comparingInt(byHolder::indexOf));
        for (CertificateSummary c : valid) {
            try (PDDocument document = Loader.loadPDF(entries.get(c.code() + ".pdf"))) {
                assertThat(new PDFTextStripper().getText(document)).contains(c.code(), c.holderName(),
                        course.title());
            }
        }
    }

    private Map<String, byte[]> zipEntries(CourseSummary course) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        certificates.zipOfCourse(course.id(), out);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entries.put(entry.getName(), zip.readAllBytes())).as("one entry per name").isNull();
            }
        }
        return entries;
    }

    private static String holderOf(List<CertificateSummary> certificates, String entry) {
        return certificates.stream().filter(c -> entry.equals(c.code() + ".pdf")).findFirst().orElseThrow()
                .holderName();
    }

    private List<CertificateSummary> mine(AccountSummary learner) {
        TestAccounts.login(users, learner);
        return certificates.mine();
    }

    private vn.tuoitreso.learning.CourseOutline authoringOutline(CourseSummary course) {
        return SystemTasks.runAsSystem(() -> authoring.outline(course.id()));
    }

    private CourseSummary courseWithLessons(TestAccounts testAccounts, int lessons) {
        return SystemTasks.runAsSystem(() -> {
            CourseSummary course = authoring.create(new CourseDraft("Khóa chứng nhận " + System.nanoTime(), "Thử",
                    List.of(), CourseLevel.BASIC, 10));
            long section = authoring.outline(course.id()).sections().get(0).id();
            for (int i = 1; i <= lessons; i++) {
                authoring.addLesson(section, new LessonDraft("Bài " + i, "Nội dung " + i, 5, null));
            }
            return authoring.publish(course.id(), true);
        });
    }
}
