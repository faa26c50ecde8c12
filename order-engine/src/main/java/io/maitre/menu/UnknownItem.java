package io.maitre.menu;

/** The menu has no item with this id. */
public class UnknownItem extends RuntimeException {

    private final String itemId;

    public UnknownItem(String itemId) {
        super("Unknown menu item '" + itemId + "'");
        this.itemId = itemId;
    }

    public String itemId() {
        return itemId;
    }
}
