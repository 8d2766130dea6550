package vn.tuoitreso.contest;

import java.util.List;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * Someone else changed what the caller was editing after the caller read it. Nothing is saved: the person is
 * told ({@value #MESSAGE_KEY}) to reload and see the latest version, rather than overwrite the other change.
 * It is an {@link InvalidInputException}, so a screen that does not offer a reload still shows the message.
 */
public class StaleEditException extends InvalidInputException {

    public static final String MESSAGE_KEY = "contest.stale";

    public StaleEditException() {
        super(List.of(Problem.of("", MESSAGE_KEY)));
    }

    /** Refuses a change made from a version other than the one stored now. */
    public static void requireCurrent(long storedVersion, long readVersion) {
        if (storedVersion != readVersion) {
            throw new StaleEditException();
        }
    }
}
