package vn.tuoitreso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PicturesTest {

    @TempDir
    Path dir;

    @Test
    void a_phone_photo_loses_its_location_but_keeps_every_pixel_and_its_orientation() throws IOException {
        byte[] photo = PhotoSamples.jpegWithLocation(640, 480);
        assertThat(text(photo)).contains(PhotoSamples.LOCATION);

        byte[] stripped = Pictures.strip(photo, DocumentType.JPEG);

        assertThat(text(stripped)).doesNotContain(PhotoSamples.LOCATION).doesNotContain("Trung Khanh")
                .doesNotContain("xmpmeta").doesNotContain("Photoshop");
        assertThat(stripped.length).isLessThan(photo.length);
        assertSamePixels(photo, stripped);
        // only the orientation is left of EXIF: Exif\0\0, big-endian TIFF, one entry 0x0112 = 6
        int exif = indexOf(stripped, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(exif).isPositive();
        assertThat(stripped[exif + 6 + 10]).isEqualTo((byte) 0x01);
        assertThat(stripped[exif + 6 + 11]).isEqualTo((byte) 0x12);
        assertThat(stripped[exif + 6 + 19]).isEqualTo((byte) 6);
        assertThat(stripped[stripped.length - 2] & 0xFF).isEqualTo(0xFF);
        assertThat(stripped[stripped.length - 1] & 0xFF).as("ends at the picture's own end").isEqualTo(0xD9);
        assertThat(Pictures.strip(stripped, DocumentType.JPEG)).as("stripping twice changes nothing").isEqualTo(stripped);
    }

    @Test
    void a_png_loses_its_text_and_exif_chunks_but_keeps_every_pixel() throws IOException {
        byte[] png = PhotoSamples.pngWithLocation(300, 200);
        byte[] stripped = Pictures.strip(png, DocumentType.PNG);
        assertThat(text(png)).contains(PhotoSamples.LOCATION);
        assertThat(text(stripped)).doesNotContain(PhotoSamples.LOCATION).doesNotContain("tEXt").doesNotContain("eXIf")
                .doesNotContain("iTXt");
        assertSamePixels(png, stripped);
    }

    @Test
    void the_size_is_read_from_the_header_without_decoding() throws IOException {
        assertThat(Pictures.size(new ByteArrayInputStream(PhotoSamples.jpegWithLocation(640, 480)), DocumentType.JPEG))
                .contains(new Pictures.Size(640, 480));
        assertThat(Pictures.size(new ByteArrayInputStream(PhotoSamples.pngWithLocation(300, 200)), DocumentType.PNG))
                .contains(new Pictures.Size(300, 200));
        assertThat(Pictures.size(new ByteArrayInputStream(PhotoSamples.pixelBomb(100_000)), DocumentType.PNG))
                .contains(new Pictures.Size(100_000, 100_000));
        assertThat(Pictures.size(new ByteArrayInputStream("not a picture".getBytes()), DocumentType.PNG)).isEmpty();
    }

    @Test
    void a_tiny_png_that_would_decode_to_ten_gigapixels_is_refused_by_the_type_check() throws IOException {
        byte[] bomb = PhotoSamples.pixelBomb(100_000);
        assertThat(bomb.length).isLessThan(2_000);
        Path file = Files.write(dir.resolve("bom.png"), bomb);
        assertThat(TypeCheck.check(file, ExtractionLimits.defaults())).isInstanceOfSatisfying(Detection.Refused.class,
                refused -> {
                    assertThat(refused.reasonKey()).isEqualTo(TypeCheck.PIXELS);
                    assertThat(refused.args()).containsExactly(100_000L, 100_000L, 30L);
                });
        Path photo = Files.write(dir.resolve("anh.jpg"), PhotoSamples.jpegWithLocation(640, 480));
        assertThat(TypeCheck.check(photo, ExtractionLimits.defaults())).isEqualTo(new Detection.Accepted(DocumentType.JPEG));
    }

    @Test
    void a_jpeg_declaring_too_many_pixels_is_refused_too() throws IOException {
        byte[] jpeg = PhotoSamples.jpegWithLocation(64, 48);
        int sof = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xC0});
        jpeg[sof + 5] = (byte) 0xFF; // height 65535
        jpeg[sof + 6] = (byte) 0xFF;
        jpeg[sof + 7] = (byte) 0xFF; // width 65535
        jpeg[sof + 8] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("bom.jpg"), jpeg);
        assertThat(TypeCheck.check(file, ExtractionLimits.defaults())).isInstanceOfSatisfying(Detection.Refused.class,
                refused -> assertThat(refused.reasonKey()).isEqualTo(TypeCheck.PIXELS));
    }

    private static void assertSamePixels(byte[] original, byte[] stripped) throws IOException {
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(stripped));
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        assertThat(after.getHeight()).isEqualTo(before.getHeight());
        for (int y = 0; y < before.getHeight(); y += 7) {
            for (int x = 0; x < before.getWidth(); x += 7) {
                assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
            }
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
