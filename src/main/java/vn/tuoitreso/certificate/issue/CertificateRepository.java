package vn.tuoitreso.certificate.issue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    Optional<Certificate> findByAccountIdAndCourseId(long accountId, long courseId);

    Optional<Certificate> findByAccountIdAndAwardSubmissionId(long accountId, long submissionId);

    List<Certificate> findByAccountIdOrderByIssuedAtDesc(long accountId);

    List<Certificate> findByCourseIdOrderByHolderName(long courseId);

    /** A page of a course's certificates by holder (an index on course and holder), for the organisers' list. */
    List<Certificate> findByCourseIdOrderByHolderNameAscIdAsc(long courseId, Pageable page);

    long countByCourseId(long courseId);
}
