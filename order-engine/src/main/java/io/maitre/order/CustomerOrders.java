package io.maitre.order;

import io.maitre.menu.OutletId;
import java.util.List;
import java.util.Optional;

/**
 * The orders one customer placed at one outlet, found by their phone number as it was stored on the orders. Every
 * lookup is scoped by both: another outlet's or another number's orders are never returned.
 */
public interface CustomerOrders {

    /** The most recent orders placed with the number at the outlet, newest first, at most {@code limit}. */
    List<OrderDetails> recentOfPhone(OutletId outletId, String phone, int limit);

    /** The most recent order placed with the number at the outlet that is neither completed nor cancelled. */
    Optional<OrderDetails> latestOpenOfPhone(OutletId outletId, String phone);
}
