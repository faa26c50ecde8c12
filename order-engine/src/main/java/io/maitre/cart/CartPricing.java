package io.maitre.cart;

import io.maitre.menu.DeliveryRules;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuItem;
import io.maitre.menu.MenuOption;
import io.maitre.menu.Money;
import io.maitre.menu.TaxRule;
import io.maitre.menu.UnknownItem;
import io.maitre.menu.UnknownOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices carts. A unit costs the item price plus the surcharge of each option, where a surcharge
 * may depend on the chosen size; a {@code NONE} option costs nothing, a {@code LIGHT} one the
 * plain surcharge and an {@code EXTRA} one twice it. A delivery adds the outlet's delivery fee. Tax follows the
 * outlet's {@link io.maitre.menu.TaxRule}, rounded half-up to cents; the total adds it unless prices include it.
 */
public final class CartPricing {

    private CartPricing() {
    }

    /**
     * Prices the cart for pickup (no delivery fee).
     *
     * @throws UnknownItem   a line's item is no longer on the menu
     * @throws UnknownOption a line's option is no longer on the menu
     */
    public static PricedCart price(Cart cart, Menu menu) {
        return price(cart, menu, false);
    }

    /**
     * Prices the cart, for delivery when {@code delivery} (adding the outlet's fee; none when it does not deliver
     * or the cart is empty).
     *
     * @throws UnknownItem   a line's item is no longer on the menu
     * @throws UnknownOption a line's option is no longer on the menu
     */
    public static PricedCart price(Cart cart, Menu menu, boolean delivery) {
        Money subtotal = Money.zero(menu.currency());
        List<PricedLine> lines = new ArrayList<>();
        for (CartLine line : cart.lines()) {
            PricedLine priced = price(line, menu);
            lines.add(priced);
            subtotal = subtotal.plus(priced.lineTotal());
        }
        // nothing to deliver, nothing to pay: an empty cart (e.g. right after an order is placed) has no fee
        Money fee = delivery && !cart.lines().isEmpty()
                ? menu.rules().deliveryRules().map(DeliveryRules::fee).orElse(Money.zero(menu.currency()))
                : Money.zero(menu.currency());
        TaxRule rule = menu.rules().tax();
        Money tax = rule.taxOn(subtotal, fee);
        Money total = subtotal.plus(fee);
        return new PricedCart(lines, subtotal, fee, tax, rule.included() ? total : total.plus(tax), menu.currency());
    }

    /** Prices one line; see {@link #price(Cart, Menu)}. */
    public static PricedLine price(CartLine line, Menu menu) {
        MenuItem item = menu.requireItem(line.itemId());
        String size = chosenSize(line);
        Money unit = item.price();
        List<PricedOption> options = new ArrayList<>();
        for (OptionChoice choice : line.options()) {
            MenuOption option = item.group(choice.group())
                    .flatMap(group -> group.option(choice.optionId()))
                    .orElseThrow(() -> new UnknownOption(item.id(), choice.group(), choice.optionId()));
            Money surcharge = surcharge(option.surchargeFor(size), choice.qualifier());
            options.add(new PricedOption(choice, option.name(), surcharge));
            unit = unit.plus(surcharge);
        }
        return new PricedLine(line, item.name(), options, unit, unit.times(line.quantity()));
    }

    private static String chosenSize(CartLine line) {
        return line.options().stream()
                .filter(choice -> choice.group().equals(MenuItem.SIZE_GROUP) && choice.qualifier() != Qualifier.NONE)
                .map(OptionChoice::optionId)
                .findFirst()
                .orElse(null);
    }

    private static Money surcharge(Money plain, Qualifier qualifier) {
        if (qualifier == null) {
            return plain;
        }
        return switch (qualifier) {
            case NONE -> Money.zero(plain.currency());
            case LIGHT -> plain;
            case EXTRA -> plain.times(2);
        };
    }
}
