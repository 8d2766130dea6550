package vn.tuoitreso.learning.course;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Makes an uploaded picture no larger than a phone needs: at most {@value #MAX_WIDTH} px wide. */
public final class ImageScaler {

    public static final int MAX_WIDTH = 960;

    public record Scaled(byte[] data, String contentType, String extension) {
    }

    private ImageScaler() {
    }

    /**
     * Scales a picture whose content was found to be a JPEG ({@code png} false) or a PNG ({@code png} true);
     * a small one is kept as it is. Empty when the bytes cannot be read as a picture after all.
     */
    public static Optional<Scaled> scale(byte[] data, boolean png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
        if (image == null || image.getWidth() < 1) {
            return Optional.empty();
        }
        boolean alpha = image.getColorModel().hasAlpha();
        if (image.getWidth() > MAX_WIDTH) {
            int height = Math.max(1, (int) Math.round((double) image.getHeight() * MAX_WIDTH / image.getWidth()));
            BufferedImage resized = new BufferedImage(MAX_WIDTH, height,
                    alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = resized.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, MAX_WIDTH, height, null);
            g.dispose();
            image = resized;
        } else if (!png || data.length < 200_000) {
            return Optional.of(png ? new Scaled(data.clone(), "image/png", "png")
                    : new Scaled(data.clone(), "image/jpeg", "jpg"));
        }
        return Optional.of(alpha ? new Scaled(png(image), "image/png", "png")
                : new Scaled(jpeg(image), "image/jpeg", "jpg"));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
