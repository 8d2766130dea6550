package vn.tuoitreso.certificate.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.tuoitreso.certificate.AwardDetails;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.certificate.Verification;
import vn.tuoitreso.shared.DisplayFormats;

/** The public page a certificate's QR code opens: valid or revoked, and nothing more than needed. */
@Route(value = "verify/:code", autoLayout = false)
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Certificates certificates;
    final H2 status = new H2();

    VerifyView(Certificates certificates) {
        this.certificates = certificates;
        addClassName("verify-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        add(new H1(getTranslation("brand.name")), new Paragraph(getTranslation("certificate.verify.title", code)));
        certificates.verify(code).ifPresentOrElse(this::show, () -> {
            status.setText(getTranslation("certificate.verify.unknown"));
            status.addClassName("invalid");
            add(status);
        });
    }

    private void show(Verification verification) {
        if (verification.holderWithdrew()) {
            status.setText(getTranslation("certificate.verify.withdrew"));
            status.addClassName("invalid");
            add(status, new Paragraph(getTranslation(verification.award() == null ? "certificate.verify.course"
                    : "certificate.award.verify.contest", verification.courseTitle())),
                    new Paragraph(getTranslation("certificate.verify.date",
                            DisplayFormats.date(verification.issuedAt(), getLocale()))));
            return;
        }
        status.setText(getTranslation(verification.valid() ? "certificate.verify.valid" : "certificate.verify.revoked"));
        status.addClassName(verification.valid() ? "valid" : "invalid");
        add(status, new Paragraph(getTranslation("certificate.verify.holder", verification.holderName())));
        AwardDetails award = verification.award();
        if (award == null) {
            add(new Paragraph(getTranslation("certificate.verify.course", verification.courseTitle())));
        } else {
            add(new Paragraph(getTranslation("certificate.award.verify.prize", award.prize())),
                    new Paragraph(getTranslation("certificate.award.verify.contest", award.contestTitle())),
                    new Paragraph(getTranslation("certificate.award.verify.round", award.roundName())),
                    new Paragraph(getTranslation("certificate.award.verify.idea", award.ideaTitle())));
        }
        add(new Paragraph(getTranslation("certificate.verify.date",
                DisplayFormats.date(verification.issuedAt(), getLocale()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.verify.pageTitle");
    }
}
