package vn.tuoitreso.reporting.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The emulation table printed: A4 landscape, DejaVu Sans embedded (every Vietnamese letter), a title, the unit
 * and period, then the table over as many pages as it needs, its header repeated on each.
 */
final class EmulationPdf {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final float MARGIN = 40;
    private static final float ROW = 18;
    private static final float SIZE = 9.5f;

    private EmulationPdf() {
    }

    /**
     * @param widths the share of the width each column takes; the first two columns (rank, unit) are left-aligned
     */
    static void write(String title, String subtitle, List<String> header, List<List<String>> rows, float[] widths,
            OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, FONT);
            PDType0Font bold = font(document, FONT_BOLD);
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float tableWidth = a4.getWidth() - 2 * MARGIN;
            int next = 0;
            boolean first = true;
            while (first || next < rows.size()) {
                PDPage page = new PDPage(a4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = a4.getHeight() - MARGIN;
                    if (first) {
                        text(content, bold, 15, title, MARGIN, y - 12);
                        text(content, regular, 10.5f, subtitle, MARGIN, y - 30);
                        y -= 50;
                    }
                    y = row(content, bold, header, widths, tableWidth, y, true);
                    while (next < rows.size() && y - ROW > MARGIN) {
                        y = row(content, regular, rows.get(next), widths, tableWidth, y, false);
                        next++;
                    }
                }
                first = false;
            }
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Tuổi Trẻ Số");
            document.save(out);
        }
    }

    private static float row(PDPageContentStream content, PDType0Font font, List<String> cells, float[] widths,
            float tableWidth, float y, boolean header) throws IOException {
        float x = MARGIN;
        float baseline = y - ROW + 5;
        if (header) {
            content.setNonStrokingColor(0.9f, 0.93f, 0.98f);
            content.addRect(MARGIN, y - ROW, tableWidth, ROW);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        for (int c = 0; c < cells.size(); c++) {
            float width = widths[c] * tableWidth;
            String text = fitted(font, cells.get(c), width - 6);
            float textWidth = font.getStringWidth(text) / 1000 * SIZE;
            float at = c < 2 ? x + 3 : x + width - 3 - textWidth;
            text(content, font, SIZE, text, at, baseline);
            x += width;
        }
        content.setStrokingColor(0.75f, 0.75f, 0.75f);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y - ROW);
        content.lineTo(MARGIN + tableWidth, y - ROW);
        content.stroke();
        return y - ROW;
    }

    /** The text cut with an ellipsis so that it fits the width. */
    private static String fitted(PDType0Font font, String text, float width) throws IOException {
        String shown = text;
        while (shown.length() > 1 && font.getStringWidth(shown) / 1000 * SIZE > width) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = EmulationPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font not on the class path: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }
}
