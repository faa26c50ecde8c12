package io.maitre.staff;

import io.maitre.conversation.ConversationLock;
import io.maitre.conversation.ConversationProperties;
import io.maitre.conversation.ConversationStore;
import io.maitre.inventory.StockAdmin;
import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.MenuItem;
import io.maitre.menu.OutletId;
import io.maitre.order.AdvanceOrder;
import io.maitre.order.CancelOrder;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderId;
import io.maitre.order.OrderNotFound;
import io.maitre.order.OrderPlaced;
import io.maitre.order.OrderStatus;
import io.maitre.order.OrderStatusChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The console's order and stock use cases: today's orders with the NEEDS_ATTENTION queue first, releasing a held
 * order to the kitchen, cancelling with a message to the customer, and marking an item sold out or available.
 */
@Service
public class StaffOrders {

    private final FindOrder findOrder;
    private final AdvanceOrder advanceOrder;
    private final CancelOrder cancelOrder;
    private final MenuCatalog menus;
    private final ObjectProvider<AvailabilityProvider> availability;
    private final StockAdmin stock;
    private final ConversationStore store;
    private final ConversationLock lock;
    private final ConversationProperties conversations;
    private final CustomerChannel customers;
    private final StaffSignals signals;
    private final AuditLog audit;
    private final Clock clock;

    StaffOrders(FindOrder findOrder, AdvanceOrder advanceOrder, CancelOrder cancelOrder, MenuCatalog menus,
            ObjectProvider<AvailabilityProvider> availability, StockAdmin stock, ConversationStore store,
            ConversationLock lock, ConversationProperties conversations, CustomerChannel customers,
            StaffSignals signals, AuditLog audit, Clock clock) {
        this.findOrder = findOrder;
        this.advanceOrder = advanceOrder;
        this.cancelOrder = cancelOrder;
        this.menus = menus;
        this.availability = availability;
        this.stock = stock;
        this.store = store;
        this.lock = lock;
        this.conversations = conversations;
        this.customers = customers;
        this.signals = signals;
        this.audit = audit;
        this.clock = clock;
    }

    /** Orders placed today (each in its outlet's time zone) at the member's outlets: NEEDS_ATTENTION first. */
    public List<OrderRow> today(StaffMember member) {
        Instant now = clock.instant();
        return findOrder.placedSince(now.minus(Duration.ofHours(36))).stream()
                .filter(o -> member.serves(o.outletId().value()))
                .filter(o -> isToday(o, now))
                .map(o -> OrderRow.of(o, zone(o)))
                .sorted(Comparator.comparing((OrderRow o) -> !o.status().equals(OrderStatus.NEEDS_ATTENTION.name()))
                        .thenComparing(OrderRow::placedAt, Comparator.reverseOrder()))
                .toList();
    }

    /** Sends a NEEDS_ATTENTION order to the kitchen; its held ticket is released to the terminals. */
    public OrderRow release(StaffMember member, String orderId) {
        OrderDetails order = order(member, orderId);
        OrderDetails released = advanceOrder.to(order.id(), OrderStatus.SENT_TO_KITCHEN);
        audit.record(new AuditLog.Entry(clock.instant(), member.username(), AuditLog.Action.ORDER_RELEASED, orderId,
                order.number()));
        return OrderRow.of(released, zone(released));
    }

    /** Cancels an order and, when its conversation is still live, tells the customer in the member's words. */
    public OrderRow cancel(StaffMember member, String orderId, String message) {
        String words = message == null || message.isBlank() ? null : message.strip();
        if (words != null && words.length() > StaffDesk.MAX_TEXT) {
            throw new InvalidStaffInput("Keep the message under " + StaffDesk.MAX_TEXT + " characters.");
        }
        OrderDetails order = order(member, orderId);
        OrderDetails cancelled = cancelOrder.cancel(order.id(), "cancelled by staff"
                + (words == null ? "" : ": " + words));
        Instant now = clock.instant();
        audit.record(new AuditLog.Entry(now, member.username(), AuditLog.Action.ORDER_CANCELLED, orderId, words));
        if (words != null && order.conversationKey() != null && order.conversationKey().contains(":")) {
            lock.withLock(order.conversationKey(), () -> store.load(order.conversationKey()).map(c -> {
                c.staffSaid(words, now, conversations.transcriptLimit());
                store.save(c);
                customers.send(c, "staff", words);
                return c;
            }));
        }
        return OrderRow.of(cancelled, zone(cancelled));
    }

    /** The outlet's menu items with whether each is available now. */
    public List<ItemStock> items(StaffMember member, String outletId) {
        Menu menu = menu(member, outletId);
        AvailabilityProvider provider = availability.getIfAvailable();
        Set<String> soldOut = provider == null ? Set.of() : provider.unavailableItems(menu.outletId());
        return menu.items().stream().map(i -> new ItemStock(i.id(), i.name(), i.category(), !soldOut.contains(i.id())))
                .toList();
    }

    /**
     * Marks an item sold out (stock 0) or available again with {@code quantity} on hand.
     *
     * @throws io.maitre.inventory.InventoryUnavailable when the inventory service cannot be reached
     */
    public ItemStock setAvailable(StaffMember member, String outletId, String itemId, boolean available,
            int quantity) {
        Menu menu = menu(member, outletId);
        MenuItem item = menu.item(itemId).orElseThrow(() -> new InvalidStaffInput("No item " + itemId + "."));
        if (available && (quantity < 1 || quantity > 100_000)) {
            throw new InvalidStaffInput("Give the stock on hand, 1 to 100000.");
        }
        boolean now = stock.setStock(menu.outletId(), itemId, available ? quantity : 0);
        audit.record(new AuditLog.Entry(clock.instant(), member.username(),
                available ? AuditLog.Action.ITEM_AVAILABLE : AuditLog.Action.ITEM_SOLD_OUT, outletId + "/" + itemId,
                available ? "stock " + quantity : null));
        signals.publish(StaffSignal.menu(outletId));
        return new ItemStock(item.id(), item.name(), item.category(), now);
    }

    /** Every order change refreshes the consoles' order lists. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderStatusChanged event) {
        signals.publish(StaffSignal.orders(event.outletId() == null ? null : event.outletId().value()));
    }

    /** A new order appears in the consoles' order lists. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderPlaced event) {
        signals.publish(StaffSignal.orders(null));
    }

    private OrderDetails order(StaffMember member, String orderId) {
        OrderId id;
        try {
            id = OrderId.of(orderId);
        } catch (RuntimeException e) {
            throw new InvalidStaffInput("Not an order id: " + orderId);
        }
        OrderDetails order = findOrder.byId(id).orElseThrow(() -> new OrderNotFound(id));
        if (!member.serves(order.outletId().value())) {
            throw new OutletNotServed(order.outletId().value());
        }
        return order;
    }

    private Menu menu(StaffMember member, String outletId) {
        if (!member.serves(outletId)) {
            throw new OutletNotServed(outletId);
        }
        return menus.menu(outletId).orElseThrow(() -> new InvalidStaffInput("No outlet " + outletId + "."));
    }

    private String zone(OrderDetails order) {
        return menus.menu(order.outletId().value()).map(m -> m.zone().getId()).orElse("UTC");
    }

    private boolean isToday(OrderDetails order, Instant now) {
        return menus.menu(order.outletId().value()).map(m -> {
            LocalDate today = LocalDate.ofInstant(now, m.zone());
            return order.placedAt() != null && LocalDate.ofInstant(order.placedAt(), m.zone()).equals(today);
        }).orElse(false);
    }

    /** One order in the console's list; {@code zone} is the outlet's, in which the console shows the time. */
    public record OrderRow(String orderId, String number, String outletId, String status, String total,
            String currency, String customerName, String fulfillment, String channel, String conversationKey,
            String placedAt, String zone) {

        static OrderRow of(OrderDetails o, String zone) {
            return new OrderRow(o.id().toString(), o.number(), o.outletId().value(), o.status().name(),
                    o.total().toString(), o.currency().getCurrencyCode(),
                    o.customer() == null ? null : o.customer().name(),
                    o.fulfillment() == null ? null : o.fulfillment().mode().name().toLowerCase(java.util.Locale.ROOT),
                    o.channel(), o.conversationKey(), o.placedAt() == null ? null : o.placedAt().toString(), zone);
        }
    }

    /** A menu item and whether the outlet can sell it now. */
    public record ItemStock(String itemId, String name, String category, boolean available) {
    }
}
