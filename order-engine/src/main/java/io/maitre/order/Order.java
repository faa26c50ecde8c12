package io.maitre.order;

import static io.maitre.order.OrderStatus.ACCEPTED;
import static io.maitre.order.OrderStatus.CANCELLED;
import static io.maitre.order.OrderStatus.COMPLETED;
import static io.maitre.order.OrderStatus.IN_PROGRESS;
import static io.maitre.order.OrderStatus.NEEDS_ATTENTION;
import static io.maitre.order.OrderStatus.PLACED;
import static io.maitre.order.OrderStatus.READY;
import static io.maitre.order.OrderStatus.SENT_TO_KITCHEN;

import io.maitre.cart.PricedCart;
import io.maitre.menu.Money;
import io.maitre.menu.OutletId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An order: a frozen, priced copy of the cart plus who, how and when, moving through its life by
 * guarded transitions. Every move not in this table throws {@link IllegalOrderTransition}:
 *
 * <table>
 *   <caption>Allowed moves</caption>
 *   <tr><th>method</th><th>from</th><th>to</th></tr>
 *   <tr><td>{@link #markSentToKitchen()}</td><td>PLACED, NEEDS_ATTENTION</td><td>SENT_TO_KITCHEN</td></tr>
 *   <tr><td>{@link #accept()}</td><td>PLACED, SENT_TO_KITCHEN</td><td>ACCEPTED</td></tr>
 *   <tr><td>{@link #startPreparing()}</td><td>PLACED, SENT_TO_KITCHEN, ACCEPTED</td><td>IN_PROGRESS</td></tr>
 *   <tr><td>{@link #markReady()}</td><td>IN_PROGRESS</td><td>READY</td></tr>
 *   <tr><td>{@link #complete()}</td><td>READY</td><td>COMPLETED</td></tr>
 *   <tr><td>{@link #cancel(String)}</td><td>PLACED, SENT_TO_KITCHEN, ACCEPTED, NEEDS_ATTENTION</td><td>CANCELLED</td></tr>
 *   <tr><td>{@link #flagNeedsAttention(String)}</td><td>PLACED, SENT_TO_KITCHEN, ACCEPTED, IN_PROGRESS, READY</td>
 *       <td>NEEDS_ATTENTION</td></tr>
 *   <tr><td>{@link #recall()}</td><td>READY / IN_PROGRESS</td><td>IN_PROGRESS / ACCEPTED</td></tr>
 * </table>
 *
 * <p>A terminal may acknowledge or start a ticket before the relay has recorded sending it, so
 * {@code accept} and {@code startPreparing} also leave PLACED. Once preparation starts an order
 * can no longer be cancelled; staff resolve a NEEDS_ATTENTION order by sending it to the kitchen
 * again or cancelling it. Each move records an {@link OrderStatusChanged} event that the use case
 * publishes. (The JPA entity name is {@code SalesOrder} because ORDER is a JPQL keyword.)
 */
@Entity(name = "SalesOrder")
@Table(name = "orders")
public class Order {

    private static final String NUMBER_FORMAT = "%03d";

    @Id
    @Column(name = "id", nullable = false, length = 36)
    private String id;

    @Version
    @Column(name = "version")
    private Long version;

    @Column(name = "order_number", nullable = false)
    private String number;

    @Column(name = "day_sequence", nullable = false)
    private int daySequence;

    @Column(name = "outlet_id", nullable = false)
    private String outletId;

    @Column(name = "business_day", nullable = false)
    private LocalDate businessDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OrderStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_lines", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_index")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(name = "subtotal", nullable = false)
    private BigDecimal subtotal;

    @Column(name = "delivery_fee", nullable = false)
    private BigDecimal deliveryFee;

    @Column(name = "tax", nullable = false)
    private BigDecimal tax;

    @Column(name = "total", nullable = false)
    private BigDecimal total;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "fulfillment_mode", nullable = false)
    private FulfillmentMode fulfillmentMode;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "fulfillment_time")
    private Instant fulfillmentTime;

    @Column(name = "fulfillment_address")
    private String fulfillmentAddress;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "customer_phone")
    private String customerPhone;

    @Column(name = "channel")
    private String channel;

    @Column(name = "conversation_key")
    private String conversationKey;

    @Column(name = "zone_id", nullable = false)
    private String zone;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Transient
    private final List<Object> events = new ArrayList<>();

    protected Order() {
    }

    /**
     * A new order in status PLACED, recording {@link OrderPlaced}.
     *
     * @param sequence the outlet's running number for the business day; shown modulo 999 as three digits
     */
    static Order place(OrderId id, int sequence, LocalDate businessDay, ZoneId zone, PlaceOrderCommand command,
                       PricedCart priced, Instant now) {
        Order order = new Order();
        order.id = id.toString();
        order.daySequence = sequence;
        order.number = NUMBER_FORMAT.formatted((sequence - 1) % 999 + 1);
        order.outletId = command.outletId().value();
        order.businessDay = businessDay;
        order.status = PLACED;
        Instant placedAt = now.truncatedTo(ChronoUnit.MICROS);
        order.statusChangedAt = placedAt;
        order.lines = new ArrayList<>(priced.lines().stream().map(OrderLine::of).toList());
        order.subtotal = priced.subtotal().amount();
        order.deliveryFee = priced.deliveryFee().amount();
        order.tax = priced.tax().amount();
        order.total = priced.total().amount();
        order.currency = priced.currency().getCurrencyCode();
        Fulfillment fulfillment = command.fulfillment();
        order.fulfillmentMode = fulfillment.mode();
        order.fulfillmentTime = fulfillment.time() == null ? null : fulfillment.time().toInstant();
        order.fulfillmentAddress = fulfillment.mode() == FulfillmentMode.DELIVERY ? fulfillment.address() : null;
        order.customerName = command.customer().name();
        order.customerPhone = command.customer().phone();
        order.channel = command.channel();
        order.conversationKey = command.conversationKey();
        order.zone = zone.getId();
        order.placedAt = placedAt;
        order.events.add(new OrderPlaced(id, command.outletId(), order.number, placedAt));
        return order;
    }

    public OrderId id() {
        return OrderId.of(id);
    }

    public OrderStatus status() {
        return status;
    }

    /** Why the order was cancelled or flagged, or null. */
    public String statusReason() {
        return statusReason;
    }

    /** The ticket reached the kitchen. */
    public void markSentToKitchen(Instant at) {
        move(SENT_TO_KITCHEN, EnumSet.of(PLACED, NEEDS_ATTENTION), null, at);
    }

    /** A cook acknowledged the ticket. */
    public void accept(Instant at) {
        move(ACCEPTED, EnumSet.of(PLACED, SENT_TO_KITCHEN), null, at);
    }

    /** Preparation started; the order can no longer be cancelled. */
    public void startPreparing(Instant at) {
        move(IN_PROGRESS, EnumSet.of(PLACED, SENT_TO_KITCHEN, ACCEPTED), null, at);
    }

    public void markReady(Instant at) {
        move(READY, EnumSet.of(IN_PROGRESS), null, at);
    }

    public void complete(Instant at) {
        move(COMPLETED, EnumSet.of(READY), null, at);
    }

    /** Cancels an order whose preparation has not started. */
    public void cancel(String reason, Instant at) {
        move(CANCELLED, EnumSet.of(PLACED, SENT_TO_KITCHEN, ACCEPTED, NEEDS_ATTENTION), reason, at);
    }

    /** Hands the order to staff, e.g. when stock could not be reserved or no terminal answers. */
    public void flagNeedsAttention(String reason, Instant at) {
        move(NEEDS_ATTENTION, EnumSet.of(PLACED, SENT_TO_KITCHEN, ACCEPTED, IN_PROGRESS, READY), reason, at);
    }

    /** Undoes the last kitchen step: READY back to IN_PROGRESS, IN_PROGRESS back to ACCEPTED. */
    public void recall(Instant at) {
        if (status == READY) {
            move(IN_PROGRESS, EnumSet.of(READY), null, at);
        } else if (status == IN_PROGRESS) {
            move(ACCEPTED, EnumSet.of(IN_PROGRESS), null, at);
        } else {
            throw new IllegalOrderTransition(id(), status, status);
        }
    }

    /** This order as seen by the rest of the service. */
    public OrderDetails details() {
        Currency money = Currency.getInstance(currency);
        ZoneId zoneId = ZoneId.of(zone);
        Fulfillment fulfillment = new Fulfillment(fulfillmentMode,
                fulfillmentTime == null ? null : fulfillmentTime.atZone(zoneId).toOffsetDateTime(), fulfillmentAddress);
        return new OrderDetails(id(), number, new OutletId(outletId), status,
                lines.stream().map(line -> line.toPricedLine(money)).toList(),
                new Money(subtotal, money), new Money(deliveryFee, money), new Money(tax, money),
                new Money(total, money), money, fulfillment,
                new Customer(customerName, customerPhone), channel, conversationKey, placedAt);
    }

    /** The events recorded since the last call, oldest first; the caller publishes them. */
    List<Object> drainEvents() {
        List<Object> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    /** Moves when the guard allows it; {@code now} is kept to the microsecond, as the database stores it. */
    private void move(OrderStatus to, Set<OrderStatus> allowedFrom, String reason, Instant now) {
        if (!allowedFrom.contains(status)) {
            throw new IllegalOrderTransition(id(), status, to);
        }
        OrderStatus from = status;
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        status = to;
        statusReason = reason;
        statusChangedAt = at;
        events.add(new OrderStatusChanged(id(), new OutletId(outletId), number, from, to, channel, conversationKey, at,
                reason));
    }
}
