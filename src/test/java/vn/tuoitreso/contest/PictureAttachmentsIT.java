package vn.tuoitreso.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.documents.PhotoSamples;
import vn.tuoitreso.documents.TypeCheck;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.test.PlatformTest;

/** Photos attached to an idea are kept without where they were taken; a picture bomb is refused unread. */
@PlatformTest
class PictureAttachmentsIT extends ContestScenario {

    @Autowired Attachments attachments;

    @TempDir
    Path dir;

    @Test
    void a_phone_photo_is_kept_without_its_location_and_named_by_the_hash_of_the_bytes_kept() throws Exception {
        long id = draft();
        Path photo = Files.write(dir.resolve("anh.jpg"), PhotoSamples.jpegWithLocation(640, 480));
        Path png = Files.write(dir.resolve("so-do.png"), PhotoSamples.pngWithLocation(300, 200));

        for (AttachmentSummary attached : List.of(attachments.attach(id, "Ảnh ruộng.jpg", photo),
                attachments.attach(id, "Sơ đồ.png", png))) {
            AttachmentFile file = attachments.download(attached.id());
            byte[] kept;
            try (InputStream in = file.content().open()) {
                kept = in.readAllBytes();
            }
            assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain(PhotoSamples.LOCATION);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(kept)))
                    .isEqualTo(attached.sha256());
            assertThat(file.size()).isEqualTo(kept.length);
            assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(kept))).isNotNull();
        }
    }

    @Test
    void a_small_png_declaring_ten_gigapixels_is_refused_with_the_size_it_claims() throws Exception {
        long id = draft();
        Path bomb = Files.write(dir.resolve("bom.png"), PhotoSamples.pixelBomb(100_000));
        assertThatThrownBy(() -> attachments.attach(id, "bom.png", bomb))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo(TypeCheck.PIXELS);
                    assertThat(e.problems().get(0).args()).containsExactly(100_000L, 100_000L, 30L);
                });
        assertThat(attachments.of(id)).isEmpty();
    }

    private long draft() {
        ContestSummary contest = publishedContest(new ContestDraft("Cuộc thi ảnh " + System.nanoTime(), "Thể lệ", null,
                null, 5, 5, 5, 20), List.of("Học tập"));
        return submissions.start(contest.rounds().get(0).id()).id();
    }
}
