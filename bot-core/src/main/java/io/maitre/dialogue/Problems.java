package io.maitre.dialogue;

import io.maitre.cart.IncompatibleOptions;
import io.maitre.cart.InvalidQuantity;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuItem;
import io.maitre.menu.TooManyChoices;
import io.maitre.menu.UnknownItem;
import io.maitre.menu.UnknownOption;
import io.maitre.order.AddressNotPlaced;
import io.maitre.order.AddressRequired;
import io.maitre.order.BelowDeliveryMinimum;
import io.maitre.order.DeliveryNotOffered;
import io.maitre.order.EmptyCart;
import io.maitre.order.OutsideDeliveryArea;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polite words for what the order engine refused. */
final class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static String describe(RuntimeException e, Menu menu) {
        return polite(e, menu).orElseGet(() -> {
            log.error("Turn failed", e);
            return "Sorry, something went wrong on our side. Please try that again.";
        });
    }

    /** The words for a refusal of the order engine's; empty for a failure on our side (a bug, a store down). */
    static Optional<String> polite(RuntimeException e, Menu menu) {
        return Optional.ofNullable(words(e, menu));
    }

    private static String words(RuntimeException e, Menu menu) {
        if (e instanceof UnknownItem) {
            return "Sorry, that isn't on our menu.";
        }
        if (e instanceof UnknownOption u) {
            return "Sorry, the " + name(menu, u.itemId()) + " doesn't come with " + u.optionId().replace('_', ' ')
                    + ".";
        }
        if (e instanceof TooManyChoices t) {
            return "Sorry, a " + name(menu, t.itemId()) + " can have only " + t.max() + " "
                    + t.group().replace('_', ' ') + (t.max() == 1 ? "" : " choices") + ".";
        }
        if (e instanceof InvalidQuantity q) {
            return "Sorry, I can take between " + InvalidQuantity.MIN + " and " + InvalidQuantity.MAX
                    + " of an item on one line; please call us for larger orders.";
        }
        if (e instanceof EmptyCart) {
            return "Your order is empty, so there's nothing to place yet.";
        }
        if (e instanceof AddressRequired) {
            return "I need a delivery address before I can place the order.";
        }
        if (e instanceof BelowDeliveryMinimum below) {
            return "delivery needs an order of at least " + Phrasing.money(below.minimum())
                    + ". You can add something, or make it pickup.";
        }
        if (e instanceof OutsideDeliveryArea outside) {
            return outside.address() + " is outside our delivery area (" + menu.info().deliveryArea()
                    + "). You can pick it up instead.";
        }
        if (e instanceof AddressNotPlaced) {
            return "I couldn't place the address in our delivery area; please send it with the ZIP code.";
        }
        if (e instanceof DeliveryNotOffered) {
            return "we don't deliver; orders are for pickup.";
        }
        if (e instanceof IncompatibleOptions incompatible) {
            return "Sorry, the " + name(menu, incompatible.itemId()) + " can't be "
                    + incompatible.optionId().replace('_', ' ') + " with the other choices you made; please pick one "
                    + "or the other.";
        }
        return null;
    }

    private static String name(Menu menu, String itemId) {
        return menu.item(itemId).map(MenuItem::name).orElse(itemId).toLowerCase(Locale.ROOT);
    }
}
