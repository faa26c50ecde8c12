package io.maitre.staff;

import io.maitre.cart.CartEditor;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.LineId;
import io.maitre.cart.OptionChoice;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationLock;
import io.maitre.conversation.ConversationProperties;
import io.maitre.conversation.ConversationStore;
import io.maitre.conversation.DialogueState;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.order.Customer;
import io.maitre.order.Fulfillment;
import io.maitre.order.FulfillmentMode;
import io.maitre.order.OrderDetails;
import io.maitre.order.PlaceOrder;
import io.maitre.order.PlaceOrderCommand;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;

/**
 * Staff edit the cart of a conversation they own on the customer's behalf, and place its order, through the order
 * engine's cart editor and order placement: the same rules as the bot's.
 */
@Service
public class StaffCart {

    private final ConversationStore store;
    private final ConversationLock lock;
    private final ConversationProperties conversations;
    private final MenuCatalog menus;
    private final PlaceOrder placeOrder;
    private final CustomerChannel customers;
    private final StaffSignals signals;
    private final AuditLog audit;
    private final Clock clock;

    StaffCart(ConversationStore store, ConversationLock lock, ConversationProperties conversations, MenuCatalog menus,
            PlaceOrder placeOrder, CustomerChannel customers, StaffSignals signals, AuditLog audit, Clock clock) {
        this.store = store;
        this.lock = lock;
        this.conversations = conversations;
        this.menus = menus;
        this.placeOrder = placeOrder;
        this.customers = customers;
        this.signals = signals;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds an item; {@code options} are {@code group:optionId}, e.g. {@code size:large}.
     *
     * @throws RuntimeException the order engine's failure (unknown item, missing required choice...) as it is
     */
    public void add(StaffMember member, String key, String itemId, int quantity, List<String> options) {
        List<OptionChoice> choices = new ArrayList<>();
        for (String option : options == null ? List.<String>of() : options) {
            int colon = option.indexOf(':');
            if (colon <= 0) {
                throw new InvalidStaffInput("An option is group:id, e.g. size:large.");
            }
            choices.add(OptionChoice.of(option.substring(0, colon), option.substring(colon + 1)));
        }
        edit(member, key, "add " + quantity + " " + itemId + " " + choices, (editor, c) -> editor.add(c.cart(),
                new ItemSelection(itemId, quantity, choices, null)));
    }

    /** Removes one line of the cart. */
    public void remove(StaffMember member, String key, String lineId) {
        edit(member, key, "remove " + lineId, (editor, c) -> editor.remove(c.cart(), new LineId(lineId)));
    }

    /**
     * Places the order of the cart: pickup or delivery as soon as possible, with the customer's name and phone.
     * The customer is told the number; the conversation stays with the member.
     */
    public OrderDetails place(StaffMember member, String key, PlaceRequest request) {
        OrderDetails placed = lock.withLock(key, () -> {
            Conversation c = owned(member, key);
            Menu menu = menus.menu(c.outletId()).orElseThrow(() -> new ConversationGone(key));
            FulfillmentMode mode;
            try {
                mode = FulfillmentMode.valueOf(request.mode() == null ? "" : request.mode().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidStaffInput("Choose pickup or delivery.");
            }
            if (blank(request.name()) || blank(request.phone())) {
                throw new InvalidStaffInput("The order needs the customer's name and phone.");
            }
            OrderDetails order = placeOrder.place(new PlaceOrderCommand(menu.outletId(), c.cart(),
                    new Fulfillment(mode, null, mode == FulfillmentMode.DELIVERY ? request.address() : null),
                    new Customer(request.name().strip(), request.phone().strip()),
                    c.ref().channel().name().toLowerCase(Locale.ROOT), c.key()));
            Instant now = clock.instant();
            c.customerName(request.name().strip());
            c.customerPhone(request.phone().strip());
            c.fulfillmentMode(mode.name().toLowerCase(Locale.ROOT));
            c.orderPlaced(order.id().toString());
            String words = "Your order number is " + order.number() + ". Total " + order.total() + " "
                    + order.currency().getCurrencyCode() + ", " + (mode == FulfillmentMode.DELIVERY
                            ? "delivered" : "ready for pickup") + " as soon as possible.";
            c.staffSaid(words, now, conversations.transcriptLimit());
            store.save(c);
            customers.send(c, "staff", words);
            audit.record(new AuditLog.Entry(now, member.username(), AuditLog.Action.ORDER_PLACED, key,
                    order.id() + " #" + order.number()));
            return order;
        });
        signals.publish(StaffSignal.conversation(key, placed.outletId().value()));
        return placed;
    }

    private void edit(StaffMember member, String key, String what, BiFunction<CartEditor, Conversation,
            io.maitre.cart.Cart> change) {
        String outlet = lock.withLock(key, () -> {
            Conversation c = owned(member, key);
            Menu menu = menus.menu(c.outletId()).orElseThrow(() -> new ConversationGone(key));
            c.cart(change.apply(new CartEditor(menu), c));
            store.save(c);
            audit.record(new AuditLog.Entry(clock.instant(), member.username(), AuditLog.Action.CART_EDIT, key,
                    what));
            return c.outletId();
        });
        signals.publish(StaffSignal.conversation(key, outlet));
    }

    private Conversation owned(StaffMember member, String key) {
        Conversation c = store.load(key).orElseThrow(() -> new ConversationGone(key));
        if (!member.serves(c.outletId())) {
            throw new OutletNotServed(c.outletId());
        }
        if (!(c.state() instanceof DialogueState.OwnedByStaff owned) || owned.staffMember() == null) {
            throw StaffActionRefused.notOwned();
        }
        if (!owned.staffMember().equals(member.username())) {
            throw StaffActionRefused.notOwner(owned.staffMember());
        }
        return c;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** What staff fill in to place the order. */
    public record PlaceRequest(String mode, String name, String phone, String address) {
    }
}
