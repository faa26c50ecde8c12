package io.maitre.menu;

import java.util.Set;

/**
 * Tells whether an outlet can sell an item right now (stock, not the menu). Implemented outside
 * order-engine, by the inventory cache of kitchen-bridge; items it knows nothing about are
 * available, and without an implementation everything is.
 */
public interface AvailabilityProvider {

    /** False when the item is sold out at the outlet. */
    boolean isAvailable(OutletId outlet, String itemId);

    /** The ids of the outlet's sold-out items; empty when none are (or nothing is known). */
    Set<String> unavailableItems(OutletId outlet);
}
