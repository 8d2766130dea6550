package vn.tuoitreso.shared.export;

/** A column of an exported table: its header (already in the reader's language) and what its cells hold. */
public record Column(String header, Kind kind) {

    /** Text cells are written as text whatever they look like; number cells as numbers. */
    public enum Kind {
        TEXT, NUMBER
    }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT);
    }

    public static Column number(String header) {
        return new Column(header, Kind.NUMBER);
    }
}
