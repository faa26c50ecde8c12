package io.maitre.inventory;

import io.maitre.menu.OutletId;
import io.maitre.order.OrderId;
import java.util.Map;

/** Holds and settles stock for orders in the inventory service. */
public interface StockKeeper {

    /**
     * Holds stock for every line of an order, all or nothing. Repeating it for the same order
     * holds nothing more.
     *
     * @param quantities item id to quantity
     * @throws InventoryUnavailable the inventory service did not answer in time or failed
     */
    Reservation reserve(OrderId order, OutletId outlet, Map<String, Integer> quantities);

    /**
     * The order was handed over: its held stock is consumed.
     *
     * @return false when the order held nothing (already settled or never reserved)
     * @throws InventoryUnavailable the inventory service did not answer in time or failed
     */
    boolean commit(OrderId order);

    /**
     * The order was cancelled: its held stock goes back.
     *
     * @return false when the order held nothing
     * @throws InventoryUnavailable the inventory service did not answer in time or failed
     */
    boolean release(OrderId order);
}
