package vn.tuoitreso.certificate.issue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.QrCodes;

/** Draws a certificate: A4 landscape, DejaVu Sans embedded (it has every Vietnamese letter), a QR code. */
public final class CertificatePdf {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    /** The font files, read once from the class path (a ZIP of thousands of certificates unpacked them each time). */
    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    private CertificatePdf() {
    }

    /** The texts of the certificate by message key, in the language it is issued in. */
    public interface Texts {
        String get(String key, Object... args);
    }

    public static byte[] render(Certificate certificate, String verifyUrl, String issuer, Texts texts) {
        try (PDDocument document = new PDDocument()) {
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            document.addPage(page);
            PDType0Font regular = font(document, FONT);
            PDType0Font bold = font(document, FONT_BOLD);
            float width = a4.getWidth();
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setStrokingColor(0.04f, 0.37f, 0.84f);
                out.setLineWidth(6);
                out.addRect(24, 24, width - 48, a4.getHeight() - 48);
                out.stroke();
                centered(out, bold, 16, issuer.toUpperCase(DisplayFormats.VIETNAMESE), width, 500);
                centered(out, bold, 38, texts.get("certificate.pdf.title"), width, 440);
                centered(out, regular, 16, texts.get("certificate.pdf.certifies"), width, 395);
                centered(out, bold, 30, certificate.holderName(), width, 350);
                if (certificate.isAward()) {
                    centered(out, regular, 16, texts.get("certificate.award.pdf.won", certificate.awardPrize()), width,
                            305);
                    centered(out, bold, 20, certificate.courseTitle(), width, 270);
                    centered(out, regular, 14, texts.get("certificate.award.pdf.idea", certificate.awardIdeaTitle(),
                            certificate.awardRoundName()), width, 243);
                } else {
                    centered(out, regular, 16, texts.get("certificate.pdf.completed"), width, 305);
                    centered(out, bold, 22, certificate.courseTitle(), width, 265);
                }
                centered(out, regular, 14, texts.get("certificate.pdf.issuedOn",
                        DisplayFormats.date(certificate.issuedAt(), DisplayFormats.VIETNAMESE)), width, 215);
                text(out, regular, 11, texts.get("certificate.pdf.code", certificate.code()), 60, 70);
                text(out, regular, 9, texts.get("certificate.pdf.checkAt", verifyUrl), 60, 54);
                PDImageXObject qr = LosslessFactory.createFromImage(document, QrCodes.image(verifyUrl, 300));
                out.drawImage(qr, width - 180, 50, 120, 120);
            }
            document.getDocumentInformation().setTitle(texts.get("certificate.pdf.documentTitle", certificate.code()));
            document.getDocumentInformation().setCreator("Tuổi Trẻ Số");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(FONT_FILES.computeIfAbsent(resource,
                CertificatePdf::fontFile)));
    }

    private static byte[] fontFile(String resource) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font not on the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centered(PDPageContentStream out, PDType0Font font, float size, String text, float pageWidth,
            float y) throws IOException {
        float fitted = size;
        while (font.getStringWidth(text) / 1000 * fitted > pageWidth - 120 && fitted > 8) {
            fitted -= 1;
        }
        float width = font.getStringWidth(text) / 1000 * fitted;
        text(out, font, fitted, text, (pageWidth - width) / 2, y);
    }

    private static void text(PDPageContentStream out, PDType0Font font, float size, String text, float x, float y)
            throws IOException {
        out.beginText();
        out.setNonStrokingColor(0.12f, 0.16f, 0.22f);
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
