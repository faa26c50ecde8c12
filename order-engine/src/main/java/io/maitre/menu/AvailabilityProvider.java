package io.maitre.menu;

import java.util.Set;

/**
 * Port: what an outlet has sold out right now. Implemented outside order-engine (by the
 * inventory cache in kitchen-bridge); without an implementation everything counts as available.
 */
public interface AvailabilityProvider {

    /** Whether the item can be ordered at the outlet now. */
    boolean isAvailable(OutletId outlet, String itemId);

    /** Ids of the outlet's items that are sold out now. */
    Set<String> unavailableItems(OutletId outlet);
}
