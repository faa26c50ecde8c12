package io.maitre.order;

import io.maitre.cart.Cart;
import io.maitre.cart.PricedCart;
import io.maitre.cart.PricedLine;
import io.maitre.menu.Menu;
import io.maitre.menu.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test support for a running service: stores an order as if a customer had placed it some time ago, with its lines'
 * names and prices as they were then, so that a line of an item since taken off the menu can be stored. It lives in
 * the order engine's package to build the order as placing does (numbers, status moves), without the checks of
 * today's menu and hours that placing makes, and without publishing events: nobody is told about the past.
 */
public final class EarlierOrders {

    private final Orders orders;
    private final OrderNumbers numbers;
    private final TransactionTemplate transaction;

    public EarlierOrders(ApplicationContext context) {
        this.orders = context.getBean(Orders.class);
        this.numbers = context.getBean(OrderNumbers.class);
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /**
     * Stores an order of the outlet placed at {@code placedAt}, moved on to {@code status}. Its subtotal is the sum
     * of its lines; no tax or fee is added.
     */
    public OrderDetails store(Menu menu, List<PricedLine> lines, Fulfillment fulfillment, Customer customer,
            String channel, String conversationKey, Instant placedAt, OrderStatus status) {
        Money subtotal = lines.stream().map(PricedLine::lineTotal).reduce(Money.zero(menu.currency()), Money::plus);
        Money zero = Money.zero(menu.currency());
        PricedCart priced = new PricedCart(lines, subtotal, zero, zero, subtotal, menu.currency());
        LocalDate businessDay = LocalDate.ofInstant(placedAt, menu.zone());
        numbers.prepare(menu.outletId(), businessDay);
        return transaction.execute(tx -> {
            Order order = Order.place(OrderId.random(), numbers.next(menu.outletId(), businessDay), businessDay,
                    menu.zone(), new PlaceOrderCommand(menu.outletId(), Cart.empty(), fulfillment, customer, channel,
                            conversationKey), priced, placedAt);
            switch (status) {
                case PLACED -> {
                }
                case SENT_TO_KITCHEN -> order.markSentToKitchen(placedAt);
                case ACCEPTED -> order.accept(placedAt);
                case IN_PROGRESS -> order.startPreparing(placedAt);
                case READY -> {
                    order.startPreparing(placedAt);
                    order.markReady(placedAt);
                }
                case COMPLETED -> {
                    order.startPreparing(placedAt);
                    order.markReady(placedAt);
                    order.complete(placedAt);
                }
                case CANCELLED -> order.cancel("cancelled before this test", placedAt);
                case NEEDS_ATTENTION -> order.flagNeedsAttention("flagged before this test", placedAt);
            }
            order.drainEvents();
            orders.add(order);
            return order.details();
        });
    }
}
