package io.maitre.nlu;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an option was asked for: more of it, less of it, or not at all ("no olives"). */
public enum Qualifier {
    EXTRA, LIGHT, NONE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
