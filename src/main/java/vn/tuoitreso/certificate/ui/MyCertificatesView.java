package vn.tuoitreso.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.tuoitreso.certificate.AwardDetails;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FileDownload;

/** The person's certificates (courses completed, contest prizes won), each with its PDF and its public verification page. */
@Route("certificates")
@Menu(title = "menu.certificates", order = 12, icon = "vaadin:diploma")
@PermitAll
class MyCertificatesView extends VerticalLayout implements HasDynamicTitle {

    MyCertificatesView(Certificates certificates) {
        addClassName("certificates-view");
        add(new H2(getTranslation("menu.certificates")));
        List<CertificateSummary> mine = certificates.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("certificate.none")));
        }
        for (CertificateSummary certificate : mine) {
            AwardDetails award = certificate.award();
            Div card = award == null ? new Div(new H3(certificate.courseTitle()))
                    : new Div(new H3(getTranslation("certificate.award.heading", award.prize(), award.contestTitle())),
                            new Paragraph(getTranslation("certificate.award.idea", award.ideaTitle(),
                                    award.roundName())));
            card.add(new Paragraph(getTranslation("certificate.issuedOn",
                    DisplayFormats.date(certificate.issuedAt(), getLocale()), certificate.code())));
            if (certificate.valid()) {
                card.add(new FileDownload(getTranslation("certificate.downloadPdf"), certificate.code() + ".pdf",
                        "application/pdf", () -> certificates.pdf(certificate.code())));
            } else {
                card.add(new Paragraph(getTranslation("certificate.revoked")));
            }
            Anchor check = new Anchor("verify/" + certificate.code(), getTranslation("certificate.verifyPage"));
            // The check page is a plain page of the public site, not a view: a full page load.
            check.setRouterIgnore(true);
            card.add(check);
            card.addClassName("course-card");
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.certificates");
    }
}
