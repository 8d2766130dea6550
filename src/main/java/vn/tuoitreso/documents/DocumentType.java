package vn.tuoitreso.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The document types the platform accepts, each with the media types Tika detects for it. */
public enum DocumentType {
    PDF("pdf", false, true, "application/pdf"),
    DOCX("docx", true, true, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("doc", false, true, "application/msword"),
    PPTX("pptx", true, true, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    PPT("ppt", false, true, "application/vnd.ms-powerpoint"),
    XLSX("xlsx", true, true, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODT("odt", true, true, "application/vnd.oasis.opendocument.text"),
    ODP("odp", true, true, "application/vnd.oasis.opendocument.presentation"),
    TXT("txt", false, true, "text/plain"),
    JPEG("jpg", false, false, "image/jpeg"),
    PNG("png", false, false, "image/png");

    private final String extension;
    private final boolean zipBased;
    private final boolean hasText;
    private final List<String> mediaTypes;

    DocumentType(String extension, boolean zipBased, boolean hasText, String... mediaTypes) {
        this.extension = extension;
        this.zipBased = zipBased;
        this.hasText = hasText;
        this.mediaTypes = List.of(mediaTypes);
    }

    /** The extension to display and to store the file under, without the dot. */
    public String extension() {
        return extension;
    }

    /** The media types (without parameters) detected for this type; the first is the canonical one. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** Whether the format is a ZIP container, inspected for decompression bombs before parsing. */
    public boolean zipBased() {
        return zipBased;
    }

    /** Whether text can be extracted (images have none: there is no OCR). */
    public boolean hasText() {
        return hasText;
    }

    /**
     * Whether a file of this type, as the platform keeps it, carries nothing beyond what it shows: pictures lose
     * their metadata on upload, plain text has none. Office documents and PDFs keep theirs (author, last editor,
     * company), which can name the people behind an idea.
     */
    public boolean metadataFree() {
        return this == TXT || this == JPEG || this == PNG;
    }

    /** The accepted type for a detected media type; parameters such as {@code charset} are ignored. */
    public static Optional<DocumentType> forMediaType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        String base = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mediaTypes.contains(base)).findFirst();
    }

    /** The accepted extensions for messages, e.g. {@code "pdf, docx, …"}. */
    public static String allowedExtensions() {
        return Arrays.stream(values()).map(DocumentType::extension).collect(Collectors.joining(", "));
    }
}
