package io.maitre.dialogue;

import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuItem;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What of the outlet's menu can be sold right now, and what to offer instead of a sold-out item. */
record Stock(Menu menu, Set<String> soldOut) {

    static Stock of(Menu menu, AvailabilityProvider availability) {
        return new Stock(menu, availability == null ? Set.of() : Set.copyOf(availability.unavailableItems(
                menu.outletId())));
    }

    boolean available(String itemId) {
        return !soldOut.contains(itemId);
    }

    /** Whether the menu has the item and it is not sold out. */
    boolean offers(String itemId) {
        return menu.item(itemId).isPresent() && available(itemId);
    }

    /** Up to three available items of the same category, for "how about ...". */
    List<MenuItem> alternatives(String itemId) {
        String category = menu.item(itemId).map(MenuItem::category).orElse("");
        return menu.itemsInCategory(category).stream().filter(i -> !i.id().equals(itemId))
                .filter(i -> available(i.id())).limit(3).toList();
    }

    String soldOutMessage(String itemId) {
        String name = menu.item(itemId).map(MenuItem::name).orElse(itemId).toLowerCase(Locale.ROOT);
        List<String> instead = alternatives(itemId).stream().map(i -> i.name().toLowerCase(Locale.ROOT)).toList();
        return "Sorry, the " + name + " is sold out right now."
                + (instead.isEmpty() ? "" : " How about " + Phrasing.list(instead).replace(" and ", " or ") + "?");
    }
}
