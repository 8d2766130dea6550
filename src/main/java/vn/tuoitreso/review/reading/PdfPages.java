package vn.tuoitreso.review.reading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders PDF pages as PNG pictures on the server, so that judges read documents in any browser, a phone's
 * included, without a PDF plug-in: one page per request, at a width a phone shows sharply.
 */
public final class PdfPages {

    /** Pixels across; a phone at 360 px with a density of 2 shows this sharp. */
    public static final int WIDTH = 800;
    public static final int MAX_PAGES = 300;

    private PdfPages() {
    }

    public static int count(InputStream pdf) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            return Math.min(document.getNumberOfPages(), MAX_PAGES);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Page {@code page} (from 1) as a PNG, scaled to {@link #WIDTH} pixels across. */
    public static byte[] png(InputStream pdf, int page) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            if (page < 1 || page > document.getNumberOfPages()) {
                throw new IllegalArgumentException("no page " + page);
            }
            float widthPt = document.getPage(page - 1).getMediaBox().getWidth();
            float scale = Math.min(4f, WIDTH / Math.max(1f, widthPt));
            BufferedImage image = new PDFRenderer(document).renderImage(page - 1, scale, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
