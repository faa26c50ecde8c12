package io.maitre.cart;

import java.util.List;

/**
 * What the customer asked for, before validation: an item id, a quantity, chosen options and an
 * optional free-text note. {@link CartEditor} validates it against the menu.
 */
public record ItemSelection(String itemId, int quantity, List<OptionChoice> options, String note) {

    public ItemSelection {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** One of the item with the given options and no note. */
    public static ItemSelection of(String itemId, OptionChoice... options) {
        return new ItemSelection(itemId, 1, List.of(options), null);
    }

    public ItemSelection withQuantity(int newQuantity) {
        return new ItemSelection(itemId, newQuantity, options, note);
    }

    public ItemSelection withOptions(List<OptionChoice> newOptions) {
        return new ItemSelection(itemId, quantity, newOptions, note);
    }
}
