package io.maitre.menu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of one outlet (store), e.g. {@code demo}; serialized as a plain string. */
public record OutletId(@JsonValue String value) {

    /** @throws IllegalArgumentException when the value is null or blank */
    @JsonCreator
    public OutletId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Outlet id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
