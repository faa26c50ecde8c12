package io.maitre.channel.twilio;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationNotFound;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.CustomerView;
import io.maitre.channel.Expecting;
import io.maitre.channel.FulfillmentView;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.OrderView;
import io.maitre.channel.Transcript;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UnknownOutlet;
import io.maitre.channel.UserMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted pizzeria bot standing in for bot-core: pizza, that's all, pickup, a name, yes places the order; "person"
 * hands over to staff; "long" and "fancy" test the SMS rendering; anything else is echoed. While staff own a
 * conversation ("person", or {@link #takenOver}) it answers nothing. It records what reached it.
 */
final class ScriptedBot implements MessageHandler {

    static final String OUTLET = "demo";

    private static final class State {
        final String phone;
        Expecting expecting = Expecting.ITEM;
        OrderView order;
        boolean escalated;

        State(String phone) {
            this.phone = phone;
        }
    }

    private final Map<ConversationRef, State> conversations = new ConcurrentHashMap<>();
    final List<UserMessage> handled = new CopyOnWriteArrayList<>();
    final List<String> openedWithPhone = new CopyOnWriteArrayList<>();

    void clear() {
        conversations.clear();
        handled.clear();
        openedWithPhone.clear();
    }

    /** A member of staff takes the conversation over, outside any turn. */
    void takenOver(ConversationRef conversation) {
        conversations.get(conversation).escalated = true;
    }

    List<String> texts() {
        return handled.stream().map(UserMessage::text).toList();
    }

    @Override
    public TurnResult open(ConversationRef conversation, String outletId, Locale locale) {
        return open(conversation, outletId, locale, null);
    }

    @Override
    public TurnResult open(ConversationRef conversation, String outletId, Locale locale, String customerPhone) {
        if (!OUTLET.equals(outletId)) {
            throw new UnknownOutlet(outletId);
        }
        conversations.put(conversation, new State(customerPhone));
        openedWithPhone.add(String.valueOf(customerPhone));
        return result(conversations.get(conversation), "greet", new BotMessage("Hi, welcome to Demo Pizzeria! What"
                + " can I get you?", Expecting.ITEM, null, List.of("A large pepperoni pizza", "What's on the menu?")));
    }

    @Override
    public TurnResult handle(UserMessage message) {
        State state = conversations.get(message.conversation());
        if (state == null) {
            throw new ConversationNotFound(message.conversation());
        }
        handled.add(message);
        if (state.escalated) {
            return result(state, "out_of_scope");
        }
        String text = message.text().toLowerCase(Locale.ROOT);
        if (text.contains("person")) {
            state.escalated = true;
            return result(state, "human.handoff", BotMessage.say("I'm asking a member of our team to help."));
        }
        if (text.equals("long")) {
            return result(state, "help", BotMessage.say(("We make every pizza by hand with dough we prepare each"
                    + " morning. ").repeat(8) + "What would you like?"));
        }
        if (text.equals("fancy")) {
            return result(state, "thanks", BotMessage.say("That\u2019s \u201Cgreat\u201D \u2014 enjoy \uD83C\uDF55"
                    + " and caf\u00e9 cr\u00e8me\u2026"));
        }
        if (state.expecting == Expecting.CONFIRMATION && (text.startsWith("yes"))) {
            state.order = new OrderView("order-1", "001", "PLACED", OUTLET, List.of(), "21.48", "0.00", "1.91", "23.39",
                    "USD", new FulfillmentView("pickup", null, null), new CustomerView("Alex", state.phone));
            state.expecting = null;
            return result(state, "affirm", BotMessage.say("Thank you, Alex! Your order number is 001. Total $23.39,"
                    + " ready for pickup at 7:15 PM today."));
        }
        if (state.expecting == Expecting.NAME) {
            state.expecting = Expecting.CONFIRMATION;
            return result(state, "fulfillment.set", new BotMessage("Here's your order: 1 large pizza. Total $23.39."
                    + " Pickup at 7:15 PM today, for " + message.text() + ". Shall I place the order?",
                    Expecting.CONFIRMATION, null, List.of("Yes, place my order", "No, change something")));
        }
        if (text.contains("pizza")) {
            state.expecting = Expecting.MORE_ITEMS;
            return result(state, "order.add", new BotMessage("Got it: 1 large pizza with pepperoni. Anything else?",
                    Expecting.MORE_ITEMS, null, List.of("That's all", "A coke")));
        }
        if (text.contains("that's all")) {
            state.expecting = Expecting.FULFILLMENT;
            return result(state, "order.done", new BotMessage("Is this for pickup or delivery?", Expecting.FULFILLMENT,
                    null, List.of("Pickup", "Delivery")));
        }
        if (text.contains("pickup")) {
            state.expecting = Expecting.NAME;
            return result(state, "fulfillment.set", new BotMessage("What name should I put on the order?",
                    Expecting.NAME, null, List.of()));
        }
        return result(state, "out_of_scope", new BotMessage("You said: " + message.text(), state.expecting, null,
                List.of()));
    }

    @Override
    public Optional<Transcript> transcript(ConversationRef conversation) {
        State state = conversations.get(conversation);
        return state == null ? Optional.empty() : Optional.of(new Transcript(List.of(), null, state.order,
                state.escalated));
    }

    private static TurnResult result(State state, String intent, BotMessage... messages) {
        return new TurnResult(List.of(messages), null, state.order, state.escalated, intent);
    }
}
