package io.maitre.nlu;

/** What an {@link ItemRequest} asks to do to the order. */
public enum Edit {
    /** Add it: the items asked for ("two large pizzas"), or a choice for the item the bot asked about ("large"). */
    ADD,
    /** Take it away ("no more coke", "remove the wings"). */
    REMOVE,
    /**
     * Change that line to this quantity or these options ("make it a large", "make the coke three", "no olives on
     * the pizza"); an option with the {@code none} qualifier takes that option off.
     */
    CHANGE,
    /** The line to replace ("change the coke to a sprite": the coke). */
    REPLACE,
    /**
     * What the line to replace becomes ("... to a sprite"); without an item, the same item with these options
     * ("make the large pizza a medium").
     */
    REPLACEMENT
}
