package vn.tuoitreso.contest.storage;

/** The bytes offered were more than the limit; nothing was kept. */
public class FileTooLargeException extends RuntimeException {

    private final long limit;

    public FileTooLargeException(long limit) {
        super("more than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
