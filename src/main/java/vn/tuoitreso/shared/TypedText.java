package vn.tuoitreso.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Text that reaches the server while the person types, a pause after they stop, and at the latest when they
 * leave the field. Leaving the field (tapping "Lưu", for instance) happens before the tap is delivered, so a save
 * reads what the person sees even when they tap within the pause: a lazy value change alone would still be on
 * its way and the save would store the text from before.
 */
public final class TypedText {

    private TypedText() {
    }

    /** Syncs the field's value a pause of {@code pauseMs} after typing stops and whenever the field is left. */
    public static <F extends Component & HasValueChangeMode> F syncedWhenLeft(F field, int pauseMs) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(pauseMs);
        field.getElement().addEventListener("change", event -> { }).synchronizeProperty("value");
        return field;
    }
}
