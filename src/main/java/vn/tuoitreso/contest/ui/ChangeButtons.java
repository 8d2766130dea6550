package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import java.util.function.BooleanSupplier;

/**
 * Buttons that change data. Each is disabled from the tap until the server has answered, so that a second tap
 * on a weak signal does not run the change twice, and gets its one listener when it is built.
 */
final class ChangeButtons {

    private ChangeButtons() {
    }

    /** Runs the change on a tap; the button can be used again once the server has answered. */
    static Button onClick(Button button, Runnable change) {
        return onClickWhile(button, () -> {
            change.run();
            return true;
        });
    }

    /** Runs the change on a tap; the button can be used again afterwards only if the change says so. */
    static Button onClickWhile(Button button, BooleanSupplier change) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            boolean usable = true;
            try {
                usable = change.getAsBoolean();
            } finally {
                button.setEnabled(usable);
            }
        });
        return button;
    }
}
