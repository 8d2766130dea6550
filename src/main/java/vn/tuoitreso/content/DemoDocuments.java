package vn.tuoitreso.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes real PDF and DOCX documents from text, for the demo contest's attachments. */
public final class DemoDocuments {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float LEADING = 16;

    private DemoDocuments() {
    }

    /** An A4 PDF with DejaVu Sans embedded: a title, then paragraphs wrapped to the page width. */
    public static Path pdf(Path file, String title, List<String> paragraphs) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = DemoDocuments.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("font not on the class path: " + FONT);
                }
                font = PDType0Font.load(document, in);
            }
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>(wrap(title, font, 15, width));
            lines.add("");
            for (String paragraph : paragraphs) {
                lines.addAll(wrap(paragraph, font, SIZE, width));
                lines.add("");
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (int i = start; i < Math.min(lines.size(), start + perPage); i++) {
                        content.setFont(font, i < titleLines(lines) ? 15 : SIZE);
                        content.showText(lines.get(i));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.getDocumentInformation().setTitle(title);
            document.save(file.toFile());
        }
        return file;
    }

    /** A DOCX with a bold title and one paragraph per item. */
    public static Path docx(Path file, String title, List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFRun heading = document.createParagraph().createRun();
            heading.setBold(true);
            heading.setFontSize(15);
            heading.setText(title);
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.getProperties().getCoreProperties().setTitle(title);
            document.write(out);
        }
        return file;
    }

    private static int titleLines(List<String> lines) {
        return lines.indexOf("");
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
