package io.maitre.cart;

import java.util.Objects;

/** A chosen option: group id, option id within it, and an optional qualifier (null = plain). */
public record OptionChoice(String group, String optionId, Qualifier qualifier) {

    public OptionChoice {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(optionId, "optionId");
    }

    /** A plain choice without qualifier. */
    public static OptionChoice of(String group, String optionId) {
        return new OptionChoice(group, optionId, null);
    }
}
