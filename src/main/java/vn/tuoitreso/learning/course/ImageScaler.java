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

    /** Empty when the bytes are not a JPEG or PNG picture. */
    public static Optional<Scaled> scale(byte[] data) throws IOException {
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
        } else if (isJpeg(data) || (isPng(data) && data.length < 200_000)) {
            return Optional.of(isJpeg(data) ? new Scaled(data.clone(), "image/jpeg", "jpg")
                    : new Scaled(data.clone(), "image/png", "png"));
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

    private static boolean isJpeg(byte[] d) {
        return d.length > 3 && (d[0] & 0xff) == 0xff && (d[1] & 0xff) == 0xd8;
    }

    private static boolean isPng(byte[] d) {
        return d.length > 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G';
    }
}
