package io.maitre.dialogue;

import io.maitre.cart.Cart;
import io.maitre.cart.CartEditor;
import io.maitre.cart.CartLine;
import io.maitre.cart.CartPricing;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.LineId;
import io.maitre.cart.OptionChoice;
import io.maitre.cart.PricedCart;
import io.maitre.cart.PricedLine;
import io.maitre.menu.Menu;
import io.maitre.menu.Money;
import io.maitre.menu.OutletId;
import io.maitre.order.Customer;
import io.maitre.order.Fulfillment;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Orders as the order engine returns them, placed some time before the fixture's clock, for the fake history. */
final class PastOrders {

    private final Menu menu = DialogueFixture.MENU;
    private final List<PricedLine> lines = new ArrayList<>();
    private Cart cart = Cart.empty();
    private OutletId outlet = menu.outletId();

    /** A line of an item on today's menu. */
    PastOrders item(String itemId, int quantity, OptionChoice... options) {
        cart = new CartEditor(menu).add(cart, new ItemSelection(itemId, quantity, List.of(options), null));
        return this;
    }

    /** A line of an item the menu no longer has, with its name and price as they were. */
    PastOrders gone(String itemId, String name, String price) {
        Money money = Money.of(price, "USD");
        lines.add(new PricedLine(new CartLine(new LineId("0000beef"), itemId, 1, List.of(), null), name, List.of(),
                money, money));
        return this;
    }

    /** The outlet the order was placed at (the demo pizzeria unless said). */
    PastOrders at(String outletId) {
        outlet = new OutletId(outletId);
        return this;
    }

    OrderDetails placed(String number, String phone, OrderStatus status, Duration ago, Fulfillment fulfillment) {
        PricedCart priced = CartPricing.price(cart, menu);
        List<PricedLine> all = new ArrayList<>(priced.lines());
        all.addAll(lines);
        return new OrderDetails(OrderId.random(), number, outlet, status, all, priced.subtotal(),
                priced.deliveryFee(), priced.tax(), priced.total(), priced.currency(), fulfillment,
                new Customer("Kim", phone), "sms", "sms:+12125550142:" + phone,
                DialogueFixture.CLOCK.instant().minus(ago));
    }
}
