package io.maitre.kitchen;

import io.maitre.cart.Cart;
import io.maitre.cart.CartEditor;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.OptionChoice;
import io.maitre.cart.Qualifier;
import io.maitre.menu.Menu;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.order.Customer;
import io.maitre.order.Fulfillment;
import io.maitre.order.OrderId;
import io.maitre.order.PlaceOrder;
import io.maitre.order.PlaceOrderCommand;
import java.util.List;

/** Object mother for orders at the demo outlet. */
final class KitchenOrders {

    static final Menu DEMO = YamlMenuCatalog.fromClasspath().menu("demo").orElseThrow();

    private KitchenOrders() {
    }

    /** A large pizza without olives, noted "well done", and a coke: lines for the oven and the drinks station. */
    static Cart pizzaAndCoke(int pizzas) {
        CartEditor editor = new CartEditor(DEMO);
        Cart cart = editor.add(Cart.empty(), new ItemSelection("pizza", pizzas, List.of(OptionChoice.of("size", "large"),
                new OptionChoice("topping", "olives", Qualifier.NONE)), "well done"));
        return editor.add(cart, ItemSelection.of("coke"));
    }

    static PlaceOrderCommand pickup(Cart cart) {
        return new PlaceOrderCommand(DEMO.outletId(), cart, Fulfillment.pickupAsap(), new Customer("Ada Lovelace", "+15550100"),
                "web", "web:kitchen-test");
    }

    /** Places one pizza and a coke for pickup. */
    static OrderId place(PlaceOrder placeOrder) {
        return placeOrder.place(pickup(pizzaAndCoke(1))).id();
    }
}
