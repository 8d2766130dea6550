package vn.tuoitreso.documents;

import java.util.List;

/** The outcome of {@link TypeCheck#check}: an accepted type, or a refusal as an i18n message key. */
public sealed interface Detection {

    /** The file's content is one of the accepted types. */
    record Accepted(DocumentType type) implements Detection {
    }

    /**
     * The file is refused: {@code documents.refused.empty}, {@code documents.refused.tooLarge} (limit in MB),
     * {@code documents.refused.type} (allowed extensions), or, for a ZIP-based file, {@code documents.failed.bomb}
     * and {@code documents.failed.corrupt}.
     */
    record Refused(String reasonKey, List<Object> args) implements Detection {
        public Refused {
            args = List.copyOf(args);
        }
    }
}
