package vn.tuoitreso.learning;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.documents.Detection;
import vn.tuoitreso.documents.DocumentType;
import vn.tuoitreso.documents.Pictures;
import vn.tuoitreso.documents.ExtractionLimits;
import vn.tuoitreso.documents.TypeCheck;
import vn.tuoitreso.learning.course.Asset;
import vn.tuoitreso.learning.course.AssetRepository;
import vn.tuoitreso.learning.course.CourseOutlines;
import vn.tuoitreso.learning.course.CourseRepository;
import vn.tuoitreso.learning.course.ImageScaler;
import vn.tuoitreso.learning.course.Lesson;
import vn.tuoitreso.learning.course.LessonRepository;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * The pictures and handouts organisers add to a course. What a file is comes from its content, as the
 * documents module's {@link TypeCheck} finds it (which also refuses ZIP bombs dressed as Office files),
 * never from its name alone; pictures are scaled down for phones.
 */
@Service
@RolesAllowed({"ORGANISER", "ADMIN"})
public class CourseAssets {

    public static final int IMAGE_MAX_BYTES = 10 * 1024 * 1024;
    public static final int HANDOUT_MAX_BYTES = 20 * 1024 * 1024;

    private static final List<DocumentType> HANDOUT_TYPES = List.of(DocumentType.PDF, DocumentType.DOCX,
            DocumentType.XLSX, DocumentType.PPTX, DocumentType.ODT, DocumentType.ODP, DocumentType.TXT);

    /** The extensions a handout may have; its content must be of that type. */
    public static final List<String> HANDOUT_EXTENSIONS = HANDOUT_TYPES.stream().map(DocumentType::extension).toList();

    // The documents module's default limits against ZIP bombs; its configured bean is not needed (our own
    // size limits apply), so that modules tested with learning alone need not start the documents module.
    private static final ExtractionLimits LIMITS = ExtractionLimits.defaults();

    private final CourseRepository courses;
    private final LessonRepository lessons;
    private final AssetRepository assets;
    private final Clock clock;

    CourseAssets(CourseRepository courses, LessonRepository lessons, AssetRepository assets, Clock clock) {
        this.courses = courses;
        this.lessons = lessons;
        this.assets = assets;
        this.clock = clock;
    }

    /** Stores a JPEG or PNG picture, scaled down for phones, and returns the Markdown that shows it. */
    @Transactional
    public String uploadImage(long courseId, String fileName, byte[] data) {
        if (!courses.existsById(courseId)) {
            throw InvalidInputException.of("", "learning.course.notFound");
        }
        if (data.length == 0 || data.length > IMAGE_MAX_BYTES) {
            throw InvalidInputException.of("image", "learning.upload.imageTooLarge", IMAGE_MAX_BYTES / 1024 / 1024);
        }
        Detection detection = detect(data, IMAGE_MAX_BYTES);
        if (detection instanceof Detection.Refused(String reason, List<Object> args) && reason.equals(TypeCheck.PIXELS)) {
            throw InvalidInputException.of("image", reason, args.toArray());
        }
        if (!(detection instanceof Detection.Accepted(DocumentType type))
                || (type != DocumentType.JPEG && type != DocumentType.PNG)) {
            throw InvalidInputException.of("image", "learning.upload.notImage");
        }
        ImageScaler.Scaled scaled;
        try {
            // without EXIF (a phone photo's GPS position) before it is scaled or kept as it is
            scaled = ImageScaler.scale(Pictures.strip(data, type), type == DocumentType.PNG)
                    .orElseThrow(() -> InvalidInputException.of("image", "learning.upload.notImage"));
        } catch (IOException e) {
            throw InvalidInputException.of("image", "learning.upload.notImage");
        }
        String name = baseName(fileName) + "." + scaled.extension();
        Asset asset = assets.save(new Asset(courseId, null, Asset.Kind.IMAGE, name, scaled.contentType(),
                scaled.data(), clock.instant()));
        return "![" + baseName(fileName) + "](" + CourseOutlines.asset(asset).url() + ")";
    }

    /**
     * Adds a handout to a lesson: a file named with one of {@link #HANDOUT_EXTENSIONS} whose content is of that
     * type (a program renamed {@code .pdf} is refused).
     */
    @Transactional
    public AssetSummary uploadHandout(long lessonId, String fileName, byte[] data) {
        Lesson lesson = lessons.findById(lessonId)
                .orElseThrow(() -> InvalidInputException.of("", "learning.lesson.notFound"));
        if (data.length > HANDOUT_MAX_BYTES) {
            throw InvalidInputException.of("handout", "learning.upload.handoutTooLarge", HANDOUT_MAX_BYTES / 1024 / 1024);
        }
        DocumentType type = switch (detect(data, HANDOUT_MAX_BYTES)) {
            case Detection.Accepted(DocumentType found) when HANDOUT_TYPES.contains(found)
                    && found.extension().equals(extension(fileName)) -> found;
            case Detection.Refused(String reason, List<Object> args) when reason.equals(TypeCheck.TOO_LARGE) ->
                    throw InvalidInputException.of("handout", "learning.upload.handoutTooLarge",
                            HANDOUT_MAX_BYTES / 1024 / 1024);
            case Detection.Refused(String reason, List<Object> args)
                    when !reason.equals(TypeCheck.TYPE) && !reason.equals(TypeCheck.EMPTY) ->
                    // a ZIP bomb or a broken Office file: the documents module says which
                    throw InvalidInputException.of("handout", reason, args.toArray());
            default -> throw InvalidInputException.of("handout", "learning.upload.handoutType",
                    String.join(", ", HANDOUT_EXTENSIONS));
        };
        Asset asset = assets.save(new Asset(lesson.courseId(), lessonId, Asset.Kind.HANDOUT,
                baseName(fileName) + "." + type.extension(), contentType(type), data, clock.instant()));
        return CourseOutlines.asset(asset);
    }

    /** The handouts of a lesson, in the order they were added. */
    @Transactional(readOnly = true)
    public List<AssetSummary> handouts(long lessonId) {
        return assets.headings(lessonId, Asset.Kind.HANDOUT).stream().map(CourseOutlines::asset).toList();
    }

    @Transactional
    public void deleteHandout(long assetId) {
        assets.findById(assetId).filter(a -> a.kind() == Asset.Kind.HANDOUT).ifPresent(assets::delete);
    }

    /** TypeCheck reads a file, so the upload (already in memory, at most a few MB) is written to one briefly. */
    private Detection detect(byte[] data, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("course-asset-", ".upload");
            Files.write(file, data);
            return TypeCheck.check(file, LIMITS.withMaxFileBytes(maxBytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    private static String contentType(DocumentType type) {
        // Handouts in plain text are written in Vietnamese: say how to read them.
        return type == DocumentType.TXT ? "text/plain; charset=utf-8" : type.mediaTypes().get(0);
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("[\\p{Cntrl}\"<>|:*?\\[\\]()]", "").strip();
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base.isEmpty() ? "tep" : base;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }
}
