package vn.tuoitreso.certificate.issue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    Optional<Certificate> findByAccountIdAndCourseId(long accountId, long courseId);

    Optional<Certificate> findByAccountIdAndAwardSubmissionId(long accountId, long submissionId);

    List<Certificate> findByAccountIdOrderByIssuedAtDesc(long accountId);

    List<Certificate> findByCourseIdOrderByHolderName(long courseId);

    /** A page of a course's certificates by holder (an index on course and holder), for the organisers' list. */
    List<Certificate> findByCourseIdOrderByHolderNameAscIdAsc(long courseId, Pageable page);

    long countByCourseId(long courseId);

    /** The first valid certificates of a course by holder, for the ZIP (the index on course and holder). */
    @Query("""
            SELECT c FROM Certificate c WHERE c.courseId = :course AND c.revokedAt IS NULL
            ORDER BY c.holderName, c.id""")
    List<Certificate> findValidOfCourse(long course, Pageable page);

    /** The next valid certificates of a course after a holder's name and ID (keyset: no offset to skip). */
    @Query("""
            SELECT c FROM Certificate c WHERE c.courseId = :course AND c.revokedAt IS NULL
            AND (c.holderName > :holder OR (c.holderName = :holder AND c.id > :id))
            ORDER BY c.holderName, c.id""")
    List<Certificate> findValidOfCourseAfter(long course, String holder, long id, Pageable page);
}
