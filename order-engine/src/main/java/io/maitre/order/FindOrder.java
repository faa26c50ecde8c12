package io.maitre.order;

import io.maitre.menu.OutletId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads orders. */
@Service
@Transactional(readOnly = true)
public class FindOrder implements CustomerOrders {

    private final Orders orders;

    FindOrder(Orders orders) {
        this.orders = orders;
    }

    public Optional<OrderDetails> byId(OrderId id) {
        return orders.find(id).map(Order::details);
    }

    /**
     * The order's status alone, without loading its lines (the kitchen relay's check before sending a ticket). Joins
     * the caller's transaction when there is one and opens none otherwise: one query needs no persistence context.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<OrderStatus> statusOf(OrderId id) {
        return orders.statusOf(id);
    }

    /** The most recent order placed in a conversation ("where is my order?"). */
    public Optional<OrderDetails> latestOfConversation(String conversationKey) {
        return orders.latestOfConversation(conversationKey).map(Order::details);
    }

    /** The most recent order placed with this phone number at the outlet ("same as last time"). */
    public Optional<OrderDetails> latestOfPhone(OutletId outletId, String phone) {
        return orders.latestOfPhone(outletId.value(), phone).map(Order::details);
    }

    @Override
    public List<OrderDetails> recentOfPhone(OutletId outletId, String phone, int limit) {
        return orders.recentOfPhone(outletId.value(), phone, limit).stream().map(Order::details).toList();
    }

    @Override
    public Optional<OrderDetails> latestOpenOfPhone(OutletId outletId, String phone) {
        return orders.latestOpenOfPhone(outletId.value(), phone).map(Order::details);
    }

    /** The orders placed at or after an instant, oldest first (the staff console's orders of the day). */
    public List<OrderDetails> placedSince(Instant since) {
        return orders.placedSince(since).stream().map(Order::details).toList();
    }
}
