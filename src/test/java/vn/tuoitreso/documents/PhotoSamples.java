package vn.tuoitreso.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Photos as phones and hostile uploaders make them: with a location in their metadata, or with a lying size. */
public final class PhotoSamples {

    /** Where the photo was taken, as it appears in each kind of metadata. */
    public static final String LOCATION = "22.8370N 106.5130E Trung Khanh";

    private PhotoSamples() {
    }

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 60));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(200, 180, 40));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    /** A JPEG with EXIF (orientation 6: turned for a portrait, and the location), XMP and a comment. */
    public static byte[] jpegWithLocation(int width, int height) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, exif(6));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>" + LOCATION
                + "</exif:GPSLatitude></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        segment(out, 0xED, ("Photoshop 3.0\0" + LOCATION).getBytes(StandardCharsets.UTF_8));
        segment(out, 0xFE, ("Chụp tại " + LOCATION).getBytes(StandardCharsets.UTF_8));
        out.write(jpeg, 2, jpeg.length - 2);
        // a second picture after the end, as phones append a preview with its own EXIF
        out.write(new byte[] {(byte) 0xFF, (byte) 0xD8});
        segment(out, 0xE1, exif(1));
        out.write(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    /** A PNG with the location in text chunks and an eXIf chunk. */
    public static byte[] pngWithLocation(int width, int height) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "png", plain);
        byte[] png = plain.toByteArray();
        int afterHeader = 8 + 8 + 13 + 4; // signature, IHDR
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        chunk(out, "tEXt", ("Location\0" + LOCATION).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "iTXt", ("Description\0\0\0vi\0\0Chụp tại " + LOCATION).getBytes(StandardCharsets.UTF_8));
        chunk(out, "eXIf", java.util.Arrays.copyOfRange(exif(1), 6, exif(1).length));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** A PNG of a few hundred bytes that declares {@code side} × {@code side} pixels. */
    public static byte[] pixelBomb(int side) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[64 * 1024]);
        deflater.finish();
        byte[] compressed = new byte[4096];
        int length = deflater.deflate(compressed);
        chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A little-endian EXIF block: the orientation and, as image description, the location. */
    private static byte[] exif(int orientation) {
        byte[] text = (LOCATION + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + text.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 2 * 12 + 4);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(tiff.array());
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
