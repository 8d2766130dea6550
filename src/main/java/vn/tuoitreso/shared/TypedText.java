package vn.tuoitreso.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import tools.jackson.databind.JsonNode;

/**
 * Text that reaches the server while the person types, a pause after they stop, and at the latest when they
 * leave the field. Leaving the field (tapping "Lưu", for instance) happens before the tap is delivered, so a save
 * reads what the person sees even when they tap within the pause. A lazy value change alone would still be held
 * back by the browser, and the save would store the text from before (seen in Chromium: the pending change is not
 * sent first). The change event carries the field's value itself, because a property sync on it is skipped while
 * the lazy one is pending.
 */
public final class TypedText {

    private TypedText() {
    }

    /** Syncs the field's value a pause of {@code pauseMs} after typing stops and whenever the field is left. */
    public static <F extends Component & HasValueChangeMode & HasValue<?, String>> F syncedWhenLeft(F field,
            int pauseMs) {
        return syncedWhenLeft(field, pauseMs, () -> { });
    }

    /**
     * As {@link #syncedWhenLeft(Component, int)}; {@code leftChanged} runs when leaving the field brought a change
     * the lazy sync had not (the change is then not marked as from the client).
     */
    public static <F extends Component & HasValueChangeMode & HasValue<?, String>> F syncedWhenLeft(F field,
            int pauseMs, Runnable leftChanged) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(pauseMs);
        field.getElement().addEventListener("change", event -> {
            JsonNode value = event.getEventData().get("element.value");
            if (value != null && !value.isNull() && !field.isReadOnly()
                    && !value.asString().equals(field.getValue())) {
                field.setValue(value.asString());
                leftChanged.run();
            }
        }).addEventData("element.value");
        return field;
    }
}
