package io.maitre.bot;

import io.maitre.cart.PricedCart;
import io.maitre.cart.PricedLine;
import io.maitre.channel.CartView;
import io.maitre.channel.CustomerView;
import io.maitre.channel.FulfillmentView;
import io.maitre.channel.LineView;
import io.maitre.channel.OptionView;
import io.maitre.channel.OrderView;
import io.maitre.order.OrderDetails;
import java.util.List;
import java.util.Locale;

/** Maps the order engine's carts and orders to the shapes of the channel contract (docs/api.md). */
final class Views {

    private Views() {
    }

    static CartView cart(PricedCart cart) {
        return new CartView(lines(cart.lines()), cart.subtotal().toString(), cart.deliveryFee().toString(),
                cart.tax().toString(), cart.total().toString(), cart.currency().getCurrencyCode());
    }

    static OrderView order(OrderDetails order) {
        return new OrderView(order.id().toString(), order.number(), order.status().name(),
                order.outletId().value(), lines(order.lines()), order.subtotal().toString(),
                order.deliveryFee().toString(), order.tax().toString(),
                order.total().toString(), order.currency().getCurrencyCode(),
                new FulfillmentView(order.fulfillment().mode().name().toLowerCase(Locale.ROOT),
                        order.fulfillment().time() == null ? null : order.fulfillment().time().toString(),
                        order.fulfillment().address()),
                new CustomerView(order.customer().name(), order.customer().phone()));
    }

    private static List<LineView> lines(List<PricedLine> lines) {
        return lines.stream().map(l -> new LineView(l.line().id().value(), l.line().itemId(), l.name(),
                l.line().quantity(),
                l.options().stream().map(o -> new OptionView(o.choice().group(), o.choice().optionId(), o.name(),
                        o.choice().qualifier() == null ? null
                                : o.choice().qualifier().name().toLowerCase(Locale.ROOT))).toList(),
                l.unitPrice().toString(), l.lineTotal().toString(), l.line().note())).toList();
    }
}
