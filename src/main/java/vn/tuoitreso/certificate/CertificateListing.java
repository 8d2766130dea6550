package vn.tuoitreso.certificate;

/** A certificate in the organisers' export: the certificate and its holder's unit (its path in the tree). */
public record CertificateListing(CertificateSummary certificate, String unit) {
}
