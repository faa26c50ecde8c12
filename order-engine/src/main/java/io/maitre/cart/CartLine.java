package io.maitre.cart;

import java.util.List;
import java.util.Objects;

/**
 * A validated line of a cart: an item, its quantity (1..99), its options in menu order, and an
 * optional note. Lines are created by {@link CartEditor}.
 */
public record CartLine(LineId id, String itemId, int quantity, List<OptionChoice> options, String note) {

    public CartLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        InvalidQuantity.require(quantity);
        options = options == null ? List.of() : List.copyOf(options);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The selection this line was made from, e.g. to modify it and {@link CartEditor#replace} it. */
    public ItemSelection toSelection() {
        return new ItemSelection(itemId, quantity, options, note);
    }

    CartLine withQuantity(int newQuantity) {
        return new CartLine(id, itemId, newQuantity, options, note);
    }

    /** Same item, same options (with qualifiers) and same note: the two lines are one order. */
    boolean sameContentAs(CartLine other) {
        return itemId.equals(other.itemId) && options.equals(other.options) && Objects.equals(note, other.note);
    }
}
