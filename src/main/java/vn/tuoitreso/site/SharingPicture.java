package vn.tuoitreso.site;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The picture of a shared link's card, drawn on the server: 1200×630 PNG, the page's title in Vietnamese (DejaVu
 * Sans, which has every diacritic), a kind above it and the platform's name below.
 */
final class SharingPicture {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    static final int MAX_LINES = 4;

    private static final Color BLUE = new Color(0x0B4F9C);
    private static final Color DEEP = new Color(0x06305F);
    private static final Color YELLOW = new Color(0xFFD23F);
    private static final Font BOLD = font("/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf");
    private static final Font REGULAR = font("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");

    private SharingPicture() {
    }

    static byte[] draw(String kind, String title, String footer) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BLUE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(DEEP);
            g.fillRect(0, HEIGHT - 120, WIDTH, 120);
            g.setColor(YELLOW);
            g.fillRect(80, 96, 120, 10);

            g.setFont(REGULAR.deriveFont(34f));
            g.setColor(YELLOW);
            g.drawString(kind.toUpperCase(java.util.Locale.forLanguageTag("vi")), 80, 80);

            float size = 72f;
            List<String> lines = wrap(g, BOLD.deriveFont(size), title, WIDTH - 160);
            while (lines.size() > MAX_LINES && size > 44f) {
                size -= 6f;
                lines = wrap(g, BOLD.deriveFont(size), title, WIDTH - 160);
            }
            if (lines.size() > MAX_LINES) {
                lines = new ArrayList<>(lines.subList(0, MAX_LINES));
                lines.set(MAX_LINES - 1, lines.get(MAX_LINES - 1) + "…");
            }
            g.setFont(BOLD.deriveFont(size));
            g.setColor(Color.WHITE);
            FontMetrics metrics = g.getFontMetrics();
            int y = 150 + metrics.getAscent();
            for (String line : lines) {
                g.drawString(line, 80, y);
                y += (int) (metrics.getHeight() * 1.05);
            }

            g.setFont(BOLD.deriveFont(36f));
            g.setColor(Color.WHITE);
            g.drawString(footer, 80, HEIGHT - 48);
            ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
    }

    /** The title in lines no wider than {@code width}; a word longer than a line is cut. */
    static List<String> wrap(Graphics2D g, Font font, String text, int width) {
        FontMetrics metrics = g.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            String rest = word;
            while (metrics.stringWidth(rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && metrics.stringWidth(rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.setLength(0);
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Font font(String resource) {
        try (InputStream in = SharingPicture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read font " + resource, e);
        }
    }
}
