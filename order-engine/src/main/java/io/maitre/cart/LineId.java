package io.maitre.cart;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** The id of a cart line: 8 hex characters, unique within its cart. Serialized as a plain string. */
public record LineId(@JsonValue String value) {

    @JsonCreator
    public LineId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Line id must not be blank");
        }
    }

    /** A fresh random id; {@link CartEditor} retries on the rare collision within a cart. */
    public static LineId random() {
        return new LineId(HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    }

    @Override
    public String toString() {
        return value;
    }
}
