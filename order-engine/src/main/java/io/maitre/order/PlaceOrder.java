package io.maitre.order;

import io.maitre.cart.CartLine;
import io.maitre.cart.CartPricing;
import io.maitre.cart.PricedCart;
import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.DeliveryCheck;
import io.maitre.menu.Geocoder;
import io.maitre.menu.ItemUnavailable;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.OutletRules;
import io.maitre.menu.TimeCheck;
import io.maitre.menu.Timetable;
import io.maitre.menu.UnknownItem;
import io.maitre.menu.UnknownOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a cart into an order: checks it against the outlet's rules (hours, lead time, delivery minimum and area),
 * prices it with today's menu (with the delivery fee for a delivery), gives it the outlet's next number of the
 * business day, and stores the order together with its {@code OrderPlaced} outbox message in one transaction. Uses
 * the application's {@link Clock} bean when there is one, the {@link Geocoder} when there is one, and refuses items
 * that the {@link AvailabilityProvider}, when there is one, reports sold out. Every channel places orders here, so
 * none can bypass the rules.
 */
@Service
public class PlaceOrder {

    private final MenuCatalog menus;
    /** Resolved once: looking the bean up on every placement cost a dependency resolution. */
    private final Optional<AvailabilityProvider> availability;
    private final Orders orders;
    private final OrderNumbers numbers;
    private final JdbcOutbox outbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Geocoder geocoder;

    PlaceOrder(MenuCatalog menus, ObjectProvider<AvailabilityProvider> availability, Orders orders, OrderNumbers numbers, JdbcOutbox outbox,
               ApplicationEventPublisher events, PlatformTransactionManager transactions, ObjectProvider<Clock> clock,
               ObjectProvider<Geocoder> geocoder) {
        this.menus = menus;
        this.availability = Optional.ofNullable(availability.getIfAvailable());
        this.orders = orders;
        this.numbers = numbers;
        this.outbox = outbox;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.geocoder = geocoder.getIfAvailable(() -> Geocoder.NONE);
    }

    /**
     * @throws EmptyCart          the cart has no lines
     * @throws OutletNotFound     no menu is loaded for the outlet
     * @throws AddressRequired    a delivery has no address
     * @throws DeliveryNotOffered a delivery from an outlet that does not deliver
     * @throws BelowDeliveryMinimum a delivery whose items come to less than the outlet's minimum
     * @throws OutsideDeliveryArea  a delivery to an address outside the outlet's area
     * @throws AddressNotPlaced     a delivery to an address the area check cannot place (no postal code)
     * @throws OutletClosed         as soon as possible while the outlet is closed or about to close
     * @throws UnavailableTime      a requested time outside the hours, on a closed date or inside the lead time
     * @throws UnknownItem        a line's item is no longer on the menu
     * @throws UnknownOption      a line's option is no longer on the menu
     * @throws ItemUnavailable    a line's item is sold out
     */
    public OrderDetails place(PlaceOrderCommand command) {
        Menu menu = menus.menu(command.outletId().value()).orElseThrow(() -> new OutletNotFound(command.outletId()));
        if (command.cart().isEmpty()) {
            throw new EmptyCart();
        }
        Fulfillment fulfillment = command.fulfillment();
        boolean delivery = fulfillment.mode() == FulfillmentMode.DELIVERY;
        OutletRules rules = menu.rules();
        if (delivery) {
            if (!rules.delivers()) {
                throw new DeliveryNotOffered(command.outletId());
            }
            if (fulfillment.address() == null) {
                throw new AddressRequired();
            }
        }
        PricedCart priced = CartPricing.price(command.cart(), menu, delivery);
        if (delivery) {
            DeliveryCheck check = rules.checkDelivery(priced.subtotal(), fulfillment.address(), geocoder);
            if (check instanceof DeliveryCheck.BelowMinimum below) {
                throw new BelowDeliveryMinimum(below.minimum(), below.subtotal());
            }
            if (check instanceof DeliveryCheck.OutsideArea) {
                throw new OutsideDeliveryArea(fulfillment.address());
            }
            if (check instanceof DeliveryCheck.AddressNotPlaced) {
                throw new AddressNotPlaced(fulfillment.address());
            }
        }
        Timetable timetable = delivery ? rules.delivery().orElseThrow() : rules.pickup();
        int items = command.cart().itemCount();
        if (fulfillment.time() == null) {
            if (timetable.asSoonAsPossible(items, clock).isEmpty()) {
                throw new OutletClosed(command.outletId(), timetable.earliest(items, clock).orElse(null));
            }
        } else {
            TimeCheck check = timetable.check(fulfillment.time().toZonedDateTime(), items, clock);
            if (!(check instanceof TimeCheck.Possible)) {
                throw UnavailableTime.of(command.outletId(), check);
            }
        }
        availability.ifPresent(provider -> command.cart().lines().stream()
                .map(CartLine::itemId)
                .filter(itemId -> !provider.isAvailable(command.outletId(), itemId))
                .findFirst()
                .ifPresent(itemId -> {
                    throw new ItemUnavailable(command.outletId(), itemId);
                }));
        Instant now = clock.instant();
        LocalDate businessDay = LocalDate.ofInstant(now, menu.zone());
        numbers.prepare(command.outletId(), businessDay);
        return transaction.execute(status -> {
            int sequence = numbers.next(command.outletId(), businessDay);
            Order order = Order.place(OrderId.random(), sequence, businessDay, menu.zone(), command, priced, now);
            orders.add(order);
            OrderDetails details = order.details();
            outbox.append(Outbox.ORDER_PLACED, details.id(), details.outletId().value(),
                    OrderPlacedPayload.of(details, menu.name()), details.placedAt());
            order.drainEvents().forEach(events::publishEvent);
            return details;
        });
    }
}
