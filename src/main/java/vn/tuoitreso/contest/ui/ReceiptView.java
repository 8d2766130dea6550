package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.tuoitreso.contest.AttachmentSummary;
import vn.tuoitreso.contest.Receipt;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.QrCodes;
import vn.tuoitreso.shared.Icons;

/**
 * The receipt of a submitted idea: its code, what was sent and when, and a QR code that leads back to this
 * page (for the contestant and organisers only). Printable.
 */
@Route("receipt/:code")
@PermitAll
class ReceiptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Submissions submissions;

    ReceiptView(Submissions submissions) {
        this.submissions = submissions;
        addClassName("receipt-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Receipt receipt;
        try {
            receipt = submissions.receipt(event.getRouteParameters().get("code").orElse(""));
        } catch (InvalidInputException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Div card = new Div();
        card.addClassName("receipt");
        card.add(new H2(getTranslation("contest.receipt.title")));
        Span code = new Span(receipt.code());
        code.addClassName("receipt-code");
        code.setId("receipt-code");
        Image qr = new Image(QrCodes.pngDataUrl(receipt.checkUrl(), 160), getTranslation("contest.receipt.qr"));
        qr.addClassName("receipt-qr");
        card.add(new Div(code), qr);
        card.add(line("contest.receipt.contest", receipt.contestTitle()),
                line("contest.receipt.round", receipt.roundName()),
                receipt.categoryName().isBlank() ? new Div() : line("contest.receipt.category", receipt.categoryName()),
                line("contest.field.title", receipt.title()),
                line("contest.team", receipt.team().isEmpty() ? getTranslation("contest.team.alone")
                        : String.join(", ", receipt.team())),
                line("contest.receipt.revision", String.valueOf(receipt.revision())),
                line("contest.receipt.sentAt", DisplayFormats.dateTime(receipt.sentAt(), getLocale())));
        UnorderedList files = new UnorderedList();
        for (AttachmentSummary file : receipt.attachments()) {
            // The whole digest, selectable for copying: it is how a contestant proves which file was sent.
            Span digest = new Span(file.sha256());
            digest.addClassName("sha256");
            files.add(new ListItem(new Span(file.fileName() + " · " + DisplayFormats.number(
                    Math.max(1, file.sizeBytes() / 1024), getLocale()) + " kB · SHA-256 "), digest));
        }
        card.add(new Paragraph(getTranslation("contest.attachments") + ":"),
                receipt.attachments().isEmpty() ? new Paragraph(getTranslation("contest.attachments.none")) : files);
        Paragraph note = new Paragraph(getTranslation("contest.receipt.note"));
        note.addClassName("muted");
        card.add(note);
        Button print = new Button(getTranslation("contest.receipt.print"), Icons.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        Anchor back = new Anchor("contests/submissions/" + receipt.submissionId(), getTranslation("contest.receipt.back"));
        back.addClassName("no-print");
        add(card, new Div(print, back));
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("receipt-label");
        Div line = new Div(label, new Span(value));
        line.addClassName("receipt-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.receipt.title");
    }
}
