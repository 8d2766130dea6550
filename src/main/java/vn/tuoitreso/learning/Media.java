package vn.tuoitreso.learning;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.learning.course.AssetRepository;
import vn.tuoitreso.learning.course.CourseRepository;

/** Course pictures and handouts for download: those of published courses, or any for organisers. */
@Service
@PreAuthorize("isAuthenticated()")
public class Media {

    /** What is served: its name, type and bytes. */
    public record MediaFile(String fileName, String contentType, byte[] data) {
    }

    private final AssetRepository assets;
    private final CourseRepository courses;
    private final CurrentUser currentUser;

    Media(AssetRepository assets, CourseRepository courses, CurrentUser currentUser) {
        this.assets = assets;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Optional<MediaFile> file(long id) {
        boolean organiser = currentUser.isOrganiser();
        return assets.findById(id)
                .filter(a -> organiser || courses.findById(a.courseId()).map(c -> c.published()).orElse(false))
                .map(a -> new MediaFile(a.fileName(), a.contentType(), a.data()));
    }
}
