package vn.tuoitreso.certificate;

import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.PersonalDataSection;

/** The certificates issued to the person, in their data export. */
@Component
class CertificateDataSection implements PersonalDataSection {

    private final Certificates certificates;

    CertificateDataSection(Certificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public String name() {
        return "certificates";
    }

    @Override
    public Object collectMine() {
        return certificates.mine();
    }
}
