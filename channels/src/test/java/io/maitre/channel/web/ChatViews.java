package io.maitre.channel.web;

import io.maitre.channel.CartView;
import io.maitre.channel.CustomerView;
import io.maitre.channel.FulfillmentView;
import io.maitre.channel.LineView;
import io.maitre.channel.OptionView;
import io.maitre.channel.OrderView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Object mother for the channel views the fake bot returns. */
final class ChatViews {

    static final String CURRENCY = "USD";
    private static final BigDecimal TAX_RATE = new BigDecimal("0.08");

    private ChatViews() {
    }

    static LineView largePepperoniPizza(String lineId) {
        return new LineView(lineId, "pizza", "Pizza", 1,
                List.of(new OptionView("size", "large", "Large", null),
                        new OptionView("topping", "pepperoni", "Pepperoni", null),
                        new OptionView("topping", "olives", "Olives", "none"),
                        new OptionView("topping", "cheese", "Cheese", "extra")),
                "14.50", "14.50", null);
    }

    static LineView cokes(String lineId, int quantity) {
        BigDecimal unit = new BigDecimal("2.25");
        return new LineView(lineId, "coke", "Coke", quantity,
                List.of(new OptionView("container", "can", "Can", null)),
                unit.toPlainString(), unit.multiply(BigDecimal.valueOf(quantity)).toPlainString(), "well chilled");
    }

    static CartView cart(List<LineView> lines) {
        return cart(lines, BigDecimal.ZERO.setScale(2));
    }

    /** The cart with a delivery fee, taxed like the items. */
    static CartView cart(List<LineView> lines, BigDecimal deliveryFee) {
        BigDecimal subtotal = subtotal(lines);
        BigDecimal tax = subtotal.add(deliveryFee).multiply(TAX_RATE).setScale(2, RoundingMode.HALF_UP);
        return new CartView(lines, subtotal.toPlainString(), deliveryFee.toPlainString(), tax.toPlainString(),
                subtotal.add(deliveryFee).add(tax).toPlainString(), CURRENCY);
    }

    static OrderView order(String number, String status, List<LineView> lines) {
        CartView cart = cart(lines);
        return new OrderView("ord-" + number, number, status, "demo", cart.lines(), cart.subtotal(),
                cart.deliveryFee(), cart.tax(), cart.total(), CURRENCY, new FulfillmentView("pickup", null, null),
                new CustomerView("Sam", null));
    }

    /**
     * A delivery for 7 pm in New York with a 3.99 fee; the time carries the outlet's offset, whatever the zone of
     * the browser showing it.
     */
    static OrderView deliveryOrder(String number, List<LineView> lines) {
        CartView cart = cart(lines, new BigDecimal("3.99"));
        return new OrderView("ord-" + number, number, "PLACED", "demo", cart.lines(), cart.subtotal(),
                cart.deliveryFee(), cart.tax(), cart.total(), CURRENCY,
                new FulfillmentView("delivery", "2026-12-07T19:00-05:00", "12 Main Street, New York 10013"),
                new CustomerView("Sam", null));
    }

    static OrderView withStatus(OrderView order, String status) {
        return new OrderView(order.orderId(), order.number(), status, order.outletId(), order.lines(),
                order.subtotal(), order.deliveryFee(), order.tax(), order.total(), order.currency(),
                order.fulfillment(), order.customer());
    }

    private static BigDecimal subtotal(List<LineView> lines) {
        return lines.stream()
                .map(line -> new BigDecimal(line.lineTotal()))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
