package vn.tuoitreso.quiz;

import java.util.List;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * The outcome of a GIFT import: how many questions came in, how many were skipped because the bank
 * already has them (same category, name and text), and the questions of unsupported types left out
 * (field {@code gift@line}, a message key and its arguments).
 */
public record ImportReport(int imported, int skipped, List<InvalidInputException.Problem> unsupported) {

    public ImportReport {
        unsupported = List.copyOf(unsupported);
    }
}
