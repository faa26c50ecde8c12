package io.maitre.order;

import io.maitre.menu.OutletId;

/** The outlet does not deliver (its store info says so), so only pickup orders are taken. */
public class DeliveryNotOffered extends RuntimeException {

    private final OutletId outletId;

    public DeliveryNotOffered(OutletId outletId) {
        super("Outlet '" + outletId + "' does not deliver");
        this.outletId = outletId;
    }

    public OutletId outletId() {
        return outletId;
    }
}
