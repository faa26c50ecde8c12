package io.maitre.menu;

/** The item is on the menu but sold out at the outlet right now. */
public class ItemUnavailable extends RuntimeException {

    private final OutletId outletId;
    private final String itemId;

    public ItemUnavailable(OutletId outletId, String itemId) {
        super("Item '" + itemId + "' is sold out at outlet '" + outletId + "'");
        this.outletId = outletId;
        this.itemId = itemId;
    }

    public OutletId outletId() {
        return outletId;
    }

    public String itemId() {
        return itemId;
    }
}
