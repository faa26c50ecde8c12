package io.maitre.dialogue;

import io.maitre.cart.Cart;
import io.maitre.cart.CartPricing;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.PricedLine;
import io.maitre.channel.Channel;
import io.maitre.channel.PhoneConfirmation;
import io.maitre.conversation.Conversation;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuItem;
import io.maitre.order.CustomerOrders;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer's earlier orders at the outlet, found by a number the channel vouches for: the texter's own number, the
 * caller's, or a number a web chat customer confirmed with a texted code. A number merely typed into web chat finds
 * nothing, so nobody sees another customer's orders by typing their number; every lookup is scoped by the outlet and
 * that number.
 */
final class ReturningCustomers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** How far back "the usual" looks past cancelled orders. */
    private static final int RECENT = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    private final CustomerOrders orders;
    private final PhoneConfirmation confirmation;

    /** @param confirmation the web chat's confirmed numbers, or {@code null} when none can be confirmed */
    ReturningCustomers(CustomerOrders orders, PhoneConfirmation confirmation) {
        this.orders = orders;
        this.confirmation = confirmation;
    }

    /** The number the conversation's channel vouches for: never one merely typed into web chat. */
    Optional<String> verifiedNumber(Conversation c) {
        Optional<String> number = switch (c.ref().channel()) {
            case SMS -> Optional.of(c.ref().id().substring(c.ref().id().indexOf(':') + 1));
            case VOICE -> Optional.ofNullable(c.customerPhone());
            case WEB -> confirmation == null ? Optional.empty() : confirmation.confirmed(c.ref());
        };
        return number.filter(n -> E164.matcher(n).matches());
    }

    /** The customer's most recent order at the outlet that is neither completed nor cancelled. */
    Optional<OrderDetails> latestOpen(Conversation c, Menu menu) {
        return verifiedNumber(c).flatMap(number -> orders.latestOpenOfPhone(menu.outletId(), number));
    }

    /**
     * "The usual": puts the lines of the customer's most recent order back in the cart through the cart editor (the
     * menu's rules), names what is no longer on the menu, sold out or no longer made that way and leaves it out, and
     * reads back what went in. Nothing is placed: the checkout goes on as for any order.
     */
    void reorder(Turn turn) {
        Conversation c = turn.conversation();
        Optional<String> number = verifiedNumber(c);
        if (number.isEmpty()) {
            turn.reply().say(c.ref().channel() == Channel.WEB
                    ? "I can only find your earlier orders when you text or call us from your phone, so I know "
                            + "they're yours. Tell me what you'd like and I'll put it together."
                    : "I can't see the number you're calling from, so I can't find your earlier orders. Tell me what "
                            + "you'd like and I'll put it together.");
            return;
        }
        Optional<OrderDetails> last = orders.recentOfPhone(turn.menu().outletId(), number.get(), RECENT).stream()
                .filter(o -> o.status() != OrderStatus.CANCELLED).findFirst();
        if (last.isEmpty()) {
            turn.reply().say("I don't see an earlier order from this number. Tell me what you'd like and I'll put "
                    + "it together.");
            return;
        }
        putBack(turn, last.get());
    }

    private static void putBack(Turn turn, OrderDetails last) {
        Conversation c = turn.conversation();
        Menu menu = turn.menu();
        List<String> gone = new ArrayList<>();
        List<String> soldOut = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<ItemSelection> added = new ArrayList<>();
        List<ItemSelection> pending = new ArrayList<>(c.pending());
        int before = pending.size();
        for (PricedLine line : last.lines()) {
            String was = line.name().toLowerCase(Locale.ROOT);
            Optional<MenuItem> item = menu.item(line.line().itemId());
            if (item.isEmpty()) {
                gone.add(was);
            } else if (!turn.stock().available(item.get().id())) {
                soldOut.add(item.get().name().toLowerCase(Locale.ROOT));
            } else {
                ItemSelection selection = line.line().toSelection();
                try {
                    if (!turn.editor().missingRequired(selection).isEmpty()) {
                        pending.add(selection);
                    } else {
                        c.cart(turn.editor().add(c.cart(), selection));
                        added.add(selection);
                    }
                } catch (RuntimeException noLongerValid) {
                    changed.add(item.get().name().toLowerCase(Locale.ROOT));
                }
            }
        }
        c.pending(pending);
        if (c.customerName() == null && last.customer() != null && last.customer().name() != null) {
            c.customerName(last.customer().name());
        }
        String when = when(last, turn);
        boolean anyBack = !added.isEmpty() || pending.size() > before;
        if (!added.isEmpty()) {
            Cart only = Cart.empty();
            for (ItemSelection selection : added) {
                only = turn.editor().add(only, selection);
            }
            turn.reply().say("Welcome back! From your last order (" + when + ") I've put back "
                    + Phrasing.lines(CartPricing.price(only, menu).lines()) + ".");
        } else if (anyBack) {
            turn.reply().say("Welcome back! I'm putting your last order (" + when + ") back together.");
        } else {
            turn.reply().say("Sorry, nothing from your last order (" + when + ") can be made right now.");
        }
        leftOut(turn, gone, "no longer on the menu");
        leftOut(turn, soldOut, "sold out right now");
        leftOut(turn, changed, "no longer made the way you had it");
        if (!added.isEmpty()) {
            boolean more = c.cart().lines().size() > added.size();
            turn.reply().say((more ? "So far you have " + Phrasing.lines(turn.pricedCart().lines()) + ". " : "")
                    + Phrasing.totals(turn.pricedCart()));
        }
    }

    private static void leftOut(Turn turn, List<String> names, String why) {
        if (names.isEmpty()) {
            return;
        }
        List<String> the = names.stream().map(n -> "the " + n).toList();
        String list = Phrasing.list(the);
        turn.reply().say(list.substring(0, 1).toUpperCase(Locale.ROOT) + list.substring(1)
                + (names.size() == 1 ? " is " : " are ") + why + ", so I've left "
                + (names.size() == 1 ? "it" : "them") + " out.");
    }

    /** "earlier today", "yesterday", "on Monday, November 16", in the outlet's zone. */
    private static String when(OrderDetails order, Turn turn) {
        LocalDate day = LocalDate.ofInstant(order.placedAt(), turn.menu().zone());
        LocalDate today = LocalDate.now(turn.clock().withZone(turn.menu().zone()));
        if (day.equals(today)) {
            return "earlier today";
        }
        return day.equals(today.minusDays(1)) ? "yesterday" : "on " + day.format(DAY);
    }
}
