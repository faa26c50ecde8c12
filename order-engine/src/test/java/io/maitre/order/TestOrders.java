package io.maitre.order;

import io.maitre.cart.Cart;
import io.maitre.cart.CartEditor;
import io.maitre.cart.CartPricing;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.OptionChoice;
import io.maitre.cart.Qualifier;
import io.maitre.menu.Menu;
import io.maitre.menu.TestMenus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Object mother for orders and the commands that place them. */
final class TestOrders {

    static final Menu MENU = TestMenus.pizzeria("test");

    private TestOrders() {
    }

    /** Two large pizzas with extra olives and no ham, noted "well done", and a medium coke. */
    static Cart cart(Menu menu) {
        CartEditor editor = new CartEditor(menu);
        Cart cart = editor.add(Cart.empty(), new ItemSelection("pizza", 2, List.of(OptionChoice.of("size", "large"),
                new OptionChoice("topping", "olives", Qualifier.EXTRA),
                new OptionChoice("topping", "ham", Qualifier.NONE)), "well done"));
        return editor.add(cart, ItemSelection.of("coke"));
    }

    static PlaceOrderCommand pickup(Menu menu) {
        return new PlaceOrderCommand(menu.outletId(), cart(menu), Fulfillment.pickupAsap(),
                new Customer("Ada", "+15550100"), "web", "web:session-1");
    }

    static PlaceOrderCommand delivery(Menu menu, String address) {
        return new PlaceOrderCommand(menu.outletId(), cart(menu),
                new Fulfillment(FulfillmentMode.DELIVERY, OffsetDateTime.of(2025, 3, 14, 19, 30, 0, 0, ZoneOffset.ofHours(-4)),
                        address),
                new Customer("Grace", "+15550199"), "sms", "sms:+15550199");
    }

    /** When {@link #placed()} orders are placed; {@link #in} moves them a minute later. */
    static final Instant PLACED_AT = Instant.parse("2025-03-14T16:00:00Z");

    /** A freshly placed order (not stored). */
    static Order placed() {
        PlaceOrderCommand command = pickup(MENU);
        return Order.place(OrderId.random(), 42, LocalDate.of(2025, 3, 14), MENU.zone(), command,
                CartPricing.price(command.cart(), MENU), PLACED_AT);
    }

    /** A placed order moved through the given transitions. */
    static Order in(OrderStatus status) {
        Order order = placed();
        switch (status) {
            case PLACED -> {
            }
            case SENT_TO_KITCHEN -> order.markSentToKitchen(PLACED_AT.plusSeconds(60));
            case ACCEPTED -> order.accept(PLACED_AT.plusSeconds(60));
            case IN_PROGRESS -> order.startPreparing(PLACED_AT.plusSeconds(60));
            case READY -> {
                order.startPreparing(PLACED_AT.plusSeconds(60));
                order.markReady(PLACED_AT.plusSeconds(60));
            }
            case COMPLETED -> {
                order.startPreparing(PLACED_AT.plusSeconds(60));
                order.markReady(PLACED_AT.plusSeconds(60));
                order.complete(PLACED_AT.plusSeconds(60));
            }
            case CANCELLED -> order.cancel("test", PLACED_AT.plusSeconds(60));
            case NEEDS_ATTENTION -> order.flagNeedsAttention("test", PLACED_AT.plusSeconds(60));
        }
        order.drainEvents();
        return order;
    }
}
