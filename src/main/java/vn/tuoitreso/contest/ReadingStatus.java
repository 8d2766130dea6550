package vn.tuoitreso.contest;

/** Whether the text of an attached file has been read, so that judges can search it. */
public enum ReadingStatus {
    /** Waiting to be read, or being read now. */
    PENDING,
    /** The text is read and searchable. */
    READ,
    /** Only part of the text could be read (the file was cut short, say); that part is searchable. */
    PARTIAL,
    /** The file could not be read; the reason says why. */
    FAILED,
    /** An accepted file with no text in it (a picture). */
    NO_TEXT
}
