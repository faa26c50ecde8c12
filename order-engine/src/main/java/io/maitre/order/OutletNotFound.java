package io.maitre.order;

import io.maitre.menu.OutletId;

/** No menu is loaded for this outlet. */
public class OutletNotFound extends RuntimeException {

    private final OutletId outletId;

    public OutletNotFound(OutletId outletId) {
        super("Unknown outlet '" + outletId + "'");
        this.outletId = outletId;
    }

    public OutletId outletId() {
        return outletId;
    }
}
