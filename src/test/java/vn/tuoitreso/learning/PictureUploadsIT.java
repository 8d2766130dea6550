package vn.tuoitreso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.documents.PhotoSamples;
import vn.tuoitreso.documents.TypeCheck;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

/** Course pictures are kept without where they were taken, and a picture bomb is refused before decoding. */
@PlatformTest
class PictureUploadsIT {

    @Autowired CourseAuthoring authoring;
    @Autowired CourseAssets assets;
    @Autowired Media media;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_course_photo_is_kept_without_its_location() throws Exception {
        long course = course();
        for (String markdown : List.of(assets.uploadImage(course, "ruộng.jpg", PhotoSamples.jpegWithLocation(640, 480)),
                assets.uploadImage(course, "sơ đồ.png", PhotoSamples.pngWithLocation(300, 200)))) {
            long assetId = Long.parseLong(markdown.replaceAll(".*\\(media/(\\d+)/.*", "$1"));
            byte[] kept = media.file(assetId).orElseThrow().data();
            assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain(PhotoSamples.LOCATION);
            assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(kept)).getWidth()).isPositive();
        }
    }

    @Test
    void a_small_png_declaring_ten_gigapixels_is_refused_with_a_clear_message() {
        long course = course();
        assertThatThrownBy(() -> assets.uploadImage(course, "bom.png", PhotoSamples.pixelBomb(100_000)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo(TypeCheck.PIXELS);
                    assertThat(e.problems().get(0).args()).containsExactly(100_000L, 100_000L, 30L);
                });
    }

    private long course() {
        TestAccounts.login(users, new TestAccounts(accounts, units).create("Bế Thị Ảnh", Role.ORGANISER));
        return authoring.create(new CourseDraft("Khóa ảnh " + System.nanoTime(), "Giới thiệu", List.of("Thử"),
                CourseLevel.BASIC, 30)).id();
    }
}
