package vn.tuoitreso.certificate;

/** A certificate was issued for a completed course. */
public record CertificateIssued(String code, long accountId, long courseId) {
}
