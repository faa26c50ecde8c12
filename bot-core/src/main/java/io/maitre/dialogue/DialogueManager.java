package io.maitre.dialogue;

import io.maitre.cart.Cart;
import io.maitre.cart.CartEditor;
import io.maitre.cart.CartLine;
import io.maitre.channel.BotMessage;
import io.maitre.channel.Channel;
import io.maitre.channel.PhoneConfirmation;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.Geocoder;
import io.maitre.menu.ItemUnavailable;
import io.maitre.menu.Menu;
import io.maitre.nlu.Intent;
import io.maitre.nlu.Interpretation;
import io.maitre.order.AddressNotPlaced;
import io.maitre.order.BelowDeliveryMinimum;
import io.maitre.order.CancelOrder;
import io.maitre.order.DeliveryNotOffered;
import io.maitre.order.Customer;
import io.maitre.order.CustomerOrders;
import io.maitre.order.FindOrder;
import io.maitre.order.Fulfillment;
import io.maitre.order.FulfillmentMode;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import io.maitre.order.OutletClosed;
import io.maitre.order.OutsideDeliveryArea;
import io.maitre.order.PlaceOrder;
import io.maitre.order.PlaceOrderCommand;
import io.maitre.order.UnavailableTime;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Decides the bot's answer to one message: first whether it answers the question the bot asked,
 * then what its intent asks for, then what to ask next.
 */
@Component
public class DialogueManager {

    private static final Logger log = LoggerFactory.getLogger(DialogueManager.class);

    /** Intents that ask the bot something: answering them moves the conversation on even if the order does not. */
    private static final Set<Intent> ANSWERS_TO_THE_CUSTOMER = Set.of(Intent.MENU_ASK, Intent.MENU_PRICE,
            Intent.STORE_INFO, Intent.ORDER_REVIEW, Intent.ORDER_STATUS, Intent.ORDER_REORDER, Intent.HELP, Intent.GREET,
            Intent.THANKS);
    /** Below this confidence the pipeline's intent is about as good as a coin toss (docs/benchmarks.md). */
    private static final double CLARIFY_BELOW = 0.55;
    /** A complaint takes the conversation from the bot to staff: a guess must be a firm one to do that. */
    private static final double COMPLAINT_AT_LEAST = 0.75;
    private static final int MAX_REASON = 200;
    private static final Set<OrderStatus> CANCELLABLE = Set.of(OrderStatus.PLACED, OrderStatus.SENT_TO_KITCHEN,
            OrderStatus.ACCEPTED, OrderStatus.NEEDS_ATTENTION);

    private final PlaceOrder placeOrder;
    private final CancelOrder cancelOrder;
    private final FindOrder findOrder;
    /** Resolved once: looking the bean up on every turn cost the turn a dependency resolution. */
    private final Optional<AvailabilityProvider> availability;
    private final Geocoder geocoder;
    private final ReturningCustomers returning;
    private final TextUpdates textUpdates;
    private final Clock clock;

    /**
     * @param customerOrders a customer's earlier orders, by the number their channel vouches for
     * @param confirmation confirms numbers typed into web chat before anything is texted to them; absent when the
     *     service sends no texts
     */
    public DialogueManager(PlaceOrder placeOrder, CancelOrder cancelOrder, FindOrder findOrder,
            CustomerOrders customerOrders, ObjectProvider<PhoneConfirmation> confirmation,
            ObjectProvider<AvailabilityProvider> availability, ObjectProvider<Geocoder> geocoder, Clock clock) {
        this.placeOrder = placeOrder;
        this.cancelOrder = cancelOrder;
        this.findOrder = findOrder;
        this.availability = Optional.ofNullable(availability.getIfAvailable());
        this.geocoder = geocoder.getIfAvailable(() -> Geocoder.NONE);
        this.returning = new ReturningCustomers(customerOrders, confirmation.getIfAvailable());
        this.textUpdates = new TextUpdates(confirmation.getIfAvailable());
        this.clock = clock;
    }

    /** The first message of a conversation, which then waits for the customer's order. */
    public List<BotMessage> greet(Conversation conversation, Menu menu) {
        Stock stock = Stock.of(menu, availability.orElse(null));
        DialogueState taking = new DialogueState.TakingItems();
        conversation.moveTo(taking, true);
        return List.of(new BotMessage("Hi, welcome to " + menu.name() + "! "
                + Scheduling.closedNote(menu, clock).map(n -> n + " ").orElse("") + "What can I get you today?",
                taking.expecting(), null, MenuExamples.itemSuggestions(stock)));
    }

    /**
     * Answers one message, changing the conversation; the caller saves it. While staff own the conversation the
     * bot answers nothing: the customer's words reach staff.
     */
    public Answer respond(Conversation conversation, Menu menu, Interpretation heard) {
        if (conversation.escalated()) {
            return Answer.of(List.of());
        }
        Turn turn = new Turn(conversation, menu, heard, new Reply(), new CartEditor(menu),
                Stock.of(menu, availability.orElse(null)), clock, geocoder);
        Conversation.Progress before = conversation.progress();
        if (heard.failed()) {
            turn.reply().say("Sorry, I didn't quite catch that. Could you say it another way?");
        } else if (textUpdates.answersCode(turn)) {
            // a code texted to confirm a number typed into web chat
        } else if (TextUpdates.asks(turn)) {
            textUpdates.request(turn);
        } else if (!answersQuestion(turn)) {
            act(turn);
        }
        if (heard.intent() != Intent.GOODBYE) {
            NextQuestion.ask(turn);
        }
        if (!conversation.escalated()) {
            conversation.moveTo(turn.reply().next().orElse(new DialogueState.Idle()),
                    !conversation.progress().equals(before) || ANSWERS_TO_THE_CUSTOMER.contains(heard.intent()));
            NeverStuck.check(turn);
        }
        return turn.reply().answer();
    }

    /** Whether the message answers the question the conversation's state waits for, and if so takes the answer. */
    private boolean answersQuestion(Turn turn) {
        Conversation c = turn.conversation();
        Intent intent = turn.heard().intent();
        DialogueState state = c.state();
        if (state instanceof DialogueState.AwaitingChoice) {
            if (intent == Intent.DENY && !c.pending().isEmpty()) {
                CartActs.dropPending(turn);
                return true;
            }
            if (intent != Intent.ORDER_CANCEL && CartActs.completePending(turn)) {
                return true;
            }
            if ((intent == Intent.ORDER_ADD || intent == Intent.ORDER_MODIFY)
                    && turn.heard().items().stream().allMatch(r -> r.itemId() == null)) {
                // "10 piece" when the wings come in 6 and 12: say so before asking again
                turn.reply().say("Sorry, that isn't one of the choices.");
                return true;
            }
            return false;
        }
        if (state instanceof DialogueState.AwaitingMoreItems) {
            if (intent == Intent.DENY || intent == Intent.ORDER_DONE) {
                c.markDoneAdding();
                CheckoutActs.takeFulfillment(turn);
                return true;
            }
            if (intent == Intent.AFFIRM && turn.heard().items().isEmpty()) {
                // "yes" to "anything else?" means there is more to come: ask for it rather than the same question
                turn.reply().ask(new DialogueState.TakingItems(), "Sure, what else would you like?",
                        MenuExamples.addOn(turn.stock(), c.cart()).map(a -> List.of(a, "That's all"))
                                .orElse(List.of("That's all")));
                return true;
            }
            return false;
        }
        if (state instanceof DialogueState.AwaitingFulfillment) {
            return CheckoutActs.takeFulfillment(turn) && c.fulfillmentMode() != null;
        }
        if (state instanceof DialogueState.AwaitingTime) {
            return !isCommand(intent) && CheckoutActs.answerTime(turn);
        }
        if (state instanceof DialogueState.AwaitingAddress) {
            return !isCommand(intent) && CheckoutActs.answerAddress(turn);
        }
        if (state instanceof DialogueState.AwaitingName) {
            return !isCommand(intent) && CheckoutActs.answerName(turn);
        }
        if (state instanceof DialogueState.AwaitingPhone) {
            return !isCommand(intent) && CheckoutActs.answerPhone(turn);
        }
        if (state instanceof DialogueState.AwaitingConfirmation) {
            if (intent == Intent.AFFIRM) {
                place(turn);
                return true;
            }
            if (intent == Intent.DENY) {
                turn.reply().ask(new DialogueState.TakingItems(), "No problem. What would you like to change?",
                        List.of("Remove an item", "Start over"));
                return true;
            }
        }
        return false;
    }

    private static boolean isCommand(Intent intent) {
        return switch (intent) {
            case ORDER_ADD, ORDER_REMOVE, ORDER_MODIFY, ORDER_REVIEW, ORDER_CANCEL, ORDER_STATUS, ORDER_REORDER,
                    MENU_ASK, MENU_PRICE, STORE_INFO, HUMAN_HANDOFF, COMPLAINT, HELP -> true;
            default -> false;
        };
    }

    private void act(Turn turn) {
        Conversation c = turn.conversation();
        Interpretation heard = turn.heard();
        if (unsure(heard)) {
            Clarifying.ask(turn);
            return;
        }
        switch (heard.intent()) {
            case ORDER_ADD -> {
                if (CartActs.addsToALineInTheCart(turn)) {
                    CartActs.modify(turn);
                } else {
                    CartActs.add(turn, heard.items());
                }
                CheckoutActs.takeFulfillment(turn);
            }
            case ORDER_MODIFY -> CartActs.modify(turn);
            case ORDER_REMOVE -> CartActs.remove(turn);
            case ORDER_REVIEW -> review(turn);
            case ORDER_DONE -> {
                if (c.cart().isEmpty() && c.pending().isEmpty()) {
                    turn.reply().say("You haven't ordered anything yet.");
                } else {
                    c.markDoneAdding();
                }
            }
            case ORDER_CANCEL -> cancel(turn);
            case ORDER_STATUS -> status(turn);
            case ORDER_REORDER -> returning.reorder(turn);
            case MENU_ASK -> {
                if (changesAnOption(turn)) {
                    CartActs.modify(turn);
                } else {
                    InfoActs.menu(turn);
                }
            }
            case MENU_PRICE -> InfoActs.price(turn);
            case STORE_INFO -> InfoActs.store(turn);
            case FULFILLMENT_SET -> {
                if (!CheckoutActs.takeFulfillment(turn)) {
                    turn.reply().say("Sorry, I didn't catch that. Is it for pickup or delivery, and when?");
                }
            }
            case HUMAN_HANDOFF -> handOff(turn, "the customer asked for a person", "Of course. I'm passing you to a "
                    + "member of our team.");
            case COMPLAINT -> handOff(turn, "a complaint", "I'm sorry to hear that. I'm passing this to a member of "
                    + "our team right away.");
            case GREET -> turn.reply().say("Hi there!");
            case THANKS -> turn.reply().say("You're welcome!");
            case GOODBYE -> turn.reply().say("Thanks for stopping by. Goodbye!");
            case HELP -> InfoActs.help(turn);
            case AFFIRM, DENY -> {
                if (!heard.items().isEmpty()) {
                    CartActs.add(turn, heard.items());
                }
            }
            case OUT_OF_SCOPE -> misunderstood(turn);
        }
    }

    /**
     * "No olives" read as a question about the menu: an option with a qualifier (none, extra, light) while the cart
     * has something asks for a change, since nobody asks whether the menu has "no olives".
     */
    private static boolean changesAnOption(Turn turn) {
        return !turn.conversation().cart().isEmpty() && turn.heard().items().stream()
                .flatMap(r -> r.options().stream()).anyMatch(o -> o.qualifier() != null);
    }

    /**
     * A low confidence means the intent is closer to a guess than a reading: better to ask than to act
     * (cancel, hand off, ...) on it. Orders with items and short social turns are clear enough.
     */
    private static boolean unsure(Interpretation heard) {
        double needed = heard.intent() == Intent.COMPLAINT ? COMPLAINT_AT_LEAST : CLARIFY_BELOW;
        return heard.confidence() < needed && heard.items().isEmpty() && heard.intent() != Intent.OUT_OF_SCOPE
                && !Set.of(Intent.GREET, Intent.THANKS, Intent.GOODBYE, Intent.AFFIRM, Intent.DENY)
                        .contains(heard.intent());
    }

    private void misunderstood(Turn turn) {
        Conversation c = turn.conversation();
        if (!turn.heard().items().isEmpty()) {
            CartActs.add(turn, turn.heard().items());
            return;
        }
        Optional<String> sentiment = turn.heard().entity("sentiment");
        if (sentiment.filter("very_negative"::equals).isPresent() || (sentiment.isPresent() && c.tries() >= 1)) {
            handOff(turn, "the customer is unhappy", "I'm sorry this is frustrating. I'm passing you to a member "
                    + "of our team.");
            return;
        }
        if (CartActs.notOnTheMenu(turn)) {
            return;
        }
        turn.reply().say("Sorry, I didn't understand that."
                + MenuExamples.fullOrder(turn.stock()).map(o -> " You can say things like \"" + o + "\".").orElse(""));
    }

    private void review(Turn turn) {
        Conversation c = turn.conversation();
        if (c.cart().isEmpty()) {
            turn.reply().say(c.orderId() == null ? "Your order is empty so far."
                    : "Your order is placed. " + ownOrder(c).map(o -> OrderProgress.describe(o, turn.menu(), clock))
                            .orElse(""));
            return;
        }
        var priced = turn.pricedCart();
        turn.reply().say("So far you have " + Phrasing.lines(priced.lines()) + ". " + Phrasing.totals(priced));
    }

    private void cancel(Turn turn) {
        Conversation c = turn.conversation();
        boolean restart = turn.heard().entity("scope").filter("restart"::equals).isPresent();
        if (c.orderId() != null && c.cart().isEmpty() && !restart) {
            OrderId id = OrderId.of(c.orderId());
            Optional<OrderDetails> order = findOrder.byId(id);
            if (order.isPresent() && CANCELLABLE.contains(order.get().status())) {
                OrderDetails cancelled = cancelOrder.cancel(id, "cancelled by the customer");
                turn.reply().say("Your order " + cancelled.number() + " is cancelled.");
            } else {
                turn.reply().say("Your order can't be cancelled any more; it's already being made. I'll pass you to "
                        + "a member of our team.");
                c.escalate("the customer wants to cancel an order already being made", clock.instant());
            }
            return;
        }
        c.startOver();
        turn.reply().say("OK, I've cleared your order.");
    }

    /**
     * "Where is my order": the order placed in this conversation, else the latest open order of the number the
     * channel vouches for at this outlet (an order placed in an earlier conversation, by text or by phone).
     */
    private void status(Turn turn) {
        Conversation c = turn.conversation();
        Optional<OrderDetails> order = ownOrder(c).or(() -> returning.latestOpen(c, turn.menu()));
        if (order.isPresent()) {
            turn.reply().say(OrderProgress.describe(order.get(), turn.menu(), clock));
        } else if (c.orderId() != null) {
            turn.reply().say("I can't find your order right now, sorry.");
        } else if (!c.cart().isEmpty()) {
            turn.reply().say(Scheduling.estimate(turn));
        } else if (returning.verifiedNumber(c).isPresent()) {
            turn.reply().say("I don't see an open order from this number. If you'd like to order, just tell me "
                    + "what you'd like.");
        } else {
            turn.reply().say("You haven't placed an order in this chat."
                    + (c.ref().channel() == Channel.WEB ? " If you ordered by text or phone, text or call us from "
                            + "that phone and I can look it up." : ""));
        }
    }

    private Optional<OrderDetails> ownOrder(Conversation c) {
        return c.orderId() == null ? Optional.empty() : findOrder.byId(OrderId.of(c.orderId()));
    }

    private void handOff(Turn turn, String reason, String text) {
        turn.conversation().escalate(reason, clock.instant());
        turn.reply().say(text + NeverStuck.whoAnswers(turn.conversation()));
    }

    private void place(Turn turn) {
        Conversation c = turn.conversation();
        Menu menu = turn.menu();
        FulfillmentMode mode = "delivery".equals(c.fulfillmentMode()) ? FulfillmentMode.DELIVERY
                : FulfillmentMode.PICKUP;
        Fulfillment fulfillment = new Fulfillment(mode,
                Times.resolve(c.fulfillmentTime(), menu.zone(), clock).orElse(null),
                mode == FulfillmentMode.DELIVERY ? c.address() : null);
        try {
            OrderDetails order = placeOrder.place(new PlaceOrderCommand(menu.outletId(), c.cart(), fulfillment,
                    new Customer(c.customerName(), c.customerPhone()),
                    c.ref().channel().name().toLowerCase(Locale.ROOT), c.key()));
            c.orderPlaced(order.id().toString());
            turn.reply().placed(order);
            String when = fulfillment.time() == null ? "as soon as possible"
                    : Times.describe(fulfillment.time(), menu.zone(), clock);
            turn.reply().say("Thank you, " + c.customerName() + "! Your order number is " + order.number()
                    + ". Total " + Phrasing.money(order.total()) + ", "
                    + (mode == FulfillmentMode.DELIVERY ? "delivered " : "ready for pickup ") + when + ".");
            textUpdates.offer(turn).ifPresent(turn.reply()::say);
        } catch (ItemUnavailable soldOut) {
            Cart cart = c.cart();
            for (CartLine line : c.cart().lines()) {
                if (line.itemId().equals(soldOut.itemId())) {
                    cart = turn.editor().remove(cart, line.id());
                }
            }
            c.cart(cart);
            c.resumeAdding();
            turn.reply().say(turn.stock().soldOutMessage(soldOut.itemId()) + " I've taken it off your order.");
        } catch (UnavailableTime unavailable) {
            c.fulfillmentTime(null);
            turn.reply().ask(new DialogueState.AwaitingTime(), Scheduling.explain(unavailable.check(), menu, clock)
                    + " What time would suit you?", unavailable.alternatives().stream()
                            .map(t -> Scheduling.spoken(t, clock)).toList());
        } catch (OutletClosed closed) {
            c.fulfillmentTime(null);
            turn.reply().ask(new DialogueState.AwaitingTime(), "Sorry, we can't have it ready before closing."
                    + closed.earliest().map(t -> " The earliest I can do is " + Scheduling.spoken(t, clock) + ".")
                            .orElse("") + " What time would suit you?",
                    closed.earliest().map(t -> List.of(Scheduling.spoken(t, clock))).orElse(List.of()));
        } catch (BelowDeliveryMinimum | OutsideDeliveryArea | AddressNotPlaced | DeliveryNotOffered refused) {
            c.address(null);
            c.fulfillmentMode(null);
            turn.reply().say("Sorry, I can't take this one for delivery: " + Problems.describe(refused, menu));
        } catch (RuntimeException e) {
            Optional<String> refused = Problems.polite(e, menu);
            if (refused.isPresent()) {
                turn.reply().say(refused.get());
            } else {
                log.error("The order of {} could not be placed", c.key(), e);
                handOff(turn, "the order could not be placed: " + failure(e), "Sorry, I couldn't place your order "
                        + "because of a problem on our side. I'm passing you to a member of our team, who can place "
                        + "it for you.");
            }
        }
    }

    /** A failure on our side as staff read it: what failed and its message, kept short. */
    private static String failure(RuntimeException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }
}
