package vn.tuoitreso.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SharingPictureTest {

    @Test
    void a_card_picture_is_a_1200_by_630_png_with_a_long_vietnamese_title() throws IOException {
        byte[] png = SharingPicture.draw("Cuộc thi", "Ý tưởng sáng tạo ứng dụng chuyển đổi số trong học tập, lao động,"
                + " công tác của đoàn viên thanh niên tỉnh Cao Bằng năm 2026", "Tuổi Trẻ Số · Tỉnh đoàn Cao Bằng");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(image.getRGB(600, 600)).as("the footer band").isNotEqualTo(image.getRGB(600, 20));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/sharing-picture.png"), png);
    }

    @Test
    void titles_wrap_at_words_and_a_word_longer_than_a_line_is_cut() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 40);
        List<String> lines = SharingPicture.wrap(g, font, "chuyển đổi số " + "x".repeat(200), 400);
        assertThat(lines.getFirst()).isEqualTo("chuyển đổi số");
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(l ->
                assertThat(g.getFontMetrics(font).stringWidth(l)).isLessThanOrEqualTo(400));
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo("x".repeat(200));
    }
}
