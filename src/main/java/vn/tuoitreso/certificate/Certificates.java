package vn.tuoitreso.certificate;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.certificate.issue.Certificate;
import vn.tuoitreso.certificate.issue.CertificatePdf;
import vn.tuoitreso.certificate.issue.CertificateRepository;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.identity.Languages;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PublicAddress;
import vn.tuoitreso.shared.PublicCodes;

/**
 * Issues certificates (never two for one completion, nor two for one person's prize-winning idea), serves their
 * PDFs to their holders and to organisers, lets organisers revoke them and download a course's certificates as one
 * ZIP, and answers anyone who checks a code.
 */
@Service
public class Certificates {

    /** The revoke reason's column length. */
    public static final int REVOKE_REASON_MAX_LENGTH = 500;

    /** Certificates read from the database at a time while a ZIP is written. */
    static final int ZIP_PAGE = 50;

    private final CertificateRepository certificates;
    private final Accounts accounts;
    private final Units units;
    private final Catalogue catalogue;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicAddress publicAddress;
    private final String issuer;
    private final I18NProvider translations;

    Certificates(CertificateRepository certificates, Accounts accounts, Units units, Catalogue catalogue,
            CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, I18NProvider translations,
            PublicAddress publicAddress,
            @Value("${app.certificate.issuer:Tỉnh đoàn Cao Bằng}") String issuer) {
        this.certificates = certificates;
        this.accounts = accounts;
        this.units = units;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.publicAddress = publicAddress;
        this.issuer = issuer;
        this.translations = translations;
    }

    /** Issues the certificate of a completed course; returns the existing one when already issued. */
    @RolesAllowed("ADMIN")
    @Transactional
    public CertificateSummary issue(long accountId, long courseId) {
        Optional<Certificate> existing = certificates.findByAccountIdAndCourseId(accountId, courseId);
        if (existing.isPresent()) {
            return summary(existing.get());
        }
        String holder = accounts.summary(accountId).fullName();
        CourseSummary course = catalogue.course(courseId)
                .orElseThrow(() -> InvalidInputException.of("", "learning.course.notFound"));
        Certificate certificate = certificates.saveAndFlush(new Certificate(PublicCodes.random("TTS", 5, 5), accountId,
                courseId, holder,
                course.title(), clock.instant()));
        events.publishEvent(new CertificateIssued(certificate.code(), accountId, courseId));
        return summary(certificate);
    }

    /**
     * Issues the award certificate of a winning idea to one member of its team; returns the existing one when
     * already issued (one per person per idea).
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public CertificateSummary issueAward(long accountId, long submissionId, AwardDetails award) {
        Optional<Certificate> existing = certificates.findByAccountIdAndAwardSubmissionId(accountId, submissionId);
        if (existing.isPresent()) {
            return summary(existing.get());
        }
        String holder = accounts.summary(accountId).fullName();
        Certificate certificate = certificates.saveAndFlush(Certificate.award(PublicCodes.random("TTS", 5, 5),
                accountId, submissionId, holder, award.contestTitle(), award.roundName(), award.prize(),
                award.ideaTitle(), clock.instant()));
        return summary(certificate);
    }

    /** The caller's certificates, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CertificateSummary> mine() {
        return certificates.findByAccountIdOrderByIssuedAtDesc(currentUser.requireAccountId()).stream()
                .map(Certificates::summary).toList();
    }

    /** The PDF, for its holder or an organiser. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] pdf(String code) {
        Certificate certificate = certificates.findByCode(code)
                .filter(c -> organiser() || c.accountId() == currentUser.requireAccountId())
                .orElseThrow(() -> InvalidInputException.of("", "certificate.notFound"));
        return CertificatePdf.render(certificate, verifyUrl(code), issuer, this::text);
    }

    /** What anyone scanning the QR code may learn: name, course, date, status — nothing else. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Verification> verify(String code) {
        return certificates.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT))
                .map(c -> new Verification(c.holderName(), c.courseTitle(), c.issuedAt(), c.revokedAt() == null,
                        c.holderWithdrew(), award(c)));
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public CertificateSummary revoke(String code, String reason) {
        if (reason.isBlank()) {
            throw InvalidInputException.of("reason", "certificate.revoke.reasonRequired");
        }
        if (reason.strip().length() > REVOKE_REASON_MAX_LENGTH) {
            throw InvalidInputException.of("reason", "validation.tooLong", REVOKE_REASON_MAX_LENGTH,
                    reason.strip().length());
        }
        Certificate certificate = certificates.findByCode(code)
                .orElseThrow(() -> InvalidInputException.of("", "certificate.notFound"));
        java.time.Instant now = clock.instant();
        certificate.revoke(now, reason.strip());
        events.publishEvent(new CertificateRevoked(certificate.code(), certificate.accountId(),
                certificate.courseTitle(), currentUser.accountId().orElse(null), reason.strip(), now));
        return summary(certificate);
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public List<CertificateSummary> ofCourse(long courseId) {
        return certificates.findByCourseIdOrderByHolderName(courseId).stream().map(Certificates::summary).toList();
    }

    /** One page of {@link #ofCourse(long)}, read in the database. */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public List<CertificateSummary> ofCourse(long courseId, int offset, int limit) {
        int size = Math.max(1, limit);
        return certificates.findByCourseIdOrderByHolderNameAscIdAsc(courseId,
                org.springframework.data.domain.PageRequest.of(offset / size, size)).stream()
                .map(Certificates::summary).toList();
    }

    /**
     * A page of a course's certificates by holder, valid or revoked, with each holder's unit (empty when the
     * account is gone), for the organisers' export.
     */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public Slice<CertificateListing> listingOfCourse(long courseId, Pageable page) {
        List<Certificate> found = certificates.findByCourseIdOrderByHolderNameAscIdAsc(courseId, page);
        Map<Long, Long> unitIds = accounts.unitIds(found.stream().map(Certificate::accountId).toList());
        Map<Long, String> paths = new HashMap<>();
        units.tree().forEach(u -> paths.put(u.id(), u.path()));
        List<CertificateListing> listing = found.stream().map(c -> new CertificateListing(summary(c),
                paths.getOrDefault(unitIds.getOrDefault(c.accountId(), 0L), ""))).toList();
        return new SliceImpl<>(listing, page, found.size() == page.getPageSize());
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public long countOfCourse(long courseId) {
        return certificates.countByCourseId(courseId);
    }

    /**
     * Every valid certificate of a course as PDFs in one ZIP, by holder, written to {@code out} as it is made: the
     * certificates are read {@link #ZIP_PAGE} at a time (each page in its own short read, no transaction held
     * while writing) and one PDF is rendered at a time, so a course of any size costs the same memory. The stream
     * is finished, not closed.
     */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    public void zipOfCourse(long courseId, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<Certificate> page = certificates.findValidOfCourse(courseId, PageRequest.of(0, ZIP_PAGE));
        while (!page.isEmpty()) {
            for (Certificate certificate : page) {
                zip.putNextEntry(new ZipEntry(certificate.code() + ".pdf"));
                zip.write(CertificatePdf.render(certificate, verifyUrl(certificate.code()), issuer, this::text));
                zip.closeEntry();
            }
            if (page.size() < ZIP_PAGE) {
                break;
            }
            Certificate last = page.getLast();
            page = certificates.findValidOfCourseAfter(courseId, last.holderName(), last.id(),
                    PageRequest.of(0, ZIP_PAGE));
        }
        zip.finish();
        zip.flush();
    }

    public String verifyUrl(String code) {
        return publicAddress.base() + "/verify/" + code;
    }

    /** Certificates are official documents of a Vietnamese union: always in Vietnamese. */
    private String text(String key, Object... args) {
        return translations.getTranslation(key, Languages.VIETNAMESE, args);
    }

    private static @Nullable AwardDetails award(Certificate c) {
        return c.isAward() ? new AwardDetails(c.courseTitle(), c.awardRoundName(), c.awardPrize(), c.awardIdeaTitle())
                : null;
    }

    private boolean organiser() {
        return currentUser.isOrganiser();
    }

    private static CertificateSummary summary(Certificate c) {
        return new CertificateSummary(c.code(), c.accountId(), c.courseId(), c.holderName(), c.courseTitle(),
                c.issuedAt(), c.revokedAt(), award(c));
    }
}
