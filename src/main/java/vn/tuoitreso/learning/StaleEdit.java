package vn.tuoitreso.learning;

import vn.tuoitreso.shared.InvalidInputException;

/**
 * A change refused because someone else changed the same thing after it was read (a lesson, a section, a
 * course's description, a question of a quiz bank). Services compare the version the person read with the
 * stored one and refuse with {@link #MESSAGE_KEY}; a view recognises the refusal with {@link #is} and offers
 * to reload, so that nobody silently overwrites a colleague's work.
 */
public final class StaleEdit {

    /** "Someone else changed this meanwhile. Reload to see the latest version." */
    public static final String MESSAGE_KEY = "learning.stale";

    private StaleEdit() {
    }

    /** The refusal, concerning the whole form. */
    public static InvalidInputException refusal() {
        return InvalidInputException.of("", MESSAGE_KEY);
    }

    /** Refuses unless the version read is the stored one. */
    public static void check(long storedVersion, long readVersion) {
        if (storedVersion != readVersion) {
            throw refusal();
        }
    }

    /** Whether a refusal is this one, so that the view offers to reload. */
    public static boolean is(InvalidInputException exception) {
        return exception.problems().stream().anyMatch(p -> p.messageKey().equals(MESSAGE_KEY));
    }
}
