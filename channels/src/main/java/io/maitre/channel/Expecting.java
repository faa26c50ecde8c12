package io.maitre.channel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the bot is waiting for after a message (docs/api.md); serialized in lower case. */
public enum Expecting {
    ITEM, SIZE, OPTION, MORE_ITEMS, FULFILLMENT, TIME, ADDRESS, NAME, PHONE, CONFIRMATION;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Expecting fromId(String id) {
        return id == null ? null : valueOf(id.toUpperCase(Locale.ROOT));
    }
}
