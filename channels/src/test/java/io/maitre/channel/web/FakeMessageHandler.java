package io.maitre.channel.web;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationNotFound;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.Expecting;
import io.maitre.channel.LineView;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.OrderView;
import io.maitre.channel.Transcript;
import io.maitre.channel.TranscriptEntry;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UnknownOutlet;
import io.maitre.channel.UserMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted pizzeria bot standing in for bot-core: it keeps conversations in memory, answers a few keywords
 * ("pizza", "coke", "that's all", "pickup", "delivery" (for 7 pm, with a fee), "help", "clarify", "slow", which takes a second, and "boom", which
 * fails) and echoes the rest. It
 * records every call, so tests can tell what reached the bot.
 */
final class FakeMessageHandler implements MessageHandler {

    static final String GREETING = "Welcome to Demo Pizzeria! What can I get you?";
    static final String OUTLET = "demo";

    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    private final List<UserMessage> handled = new CopyOnWriteArrayList<>();
    private final List<ConversationRef> opened = new CopyOnWriteArrayList<>();

    private static final class Conversation {
        final List<TranscriptEntry> entries = new ArrayList<>();
        final List<LineView> lines = new ArrayList<>();
        OrderView order;
        boolean escalated;
        Locale locale;
    }

    @Override
    public TurnResult open(ConversationRef conversation, String outletId, Locale locale) {
        if (!OUTLET.equals(outletId)) {
            throw new UnknownOutlet(outletId);
        }
        opened.add(conversation);
        Conversation state = new Conversation();
        state.locale = locale;
        conversations.put(conversation.id(), state);
        BotMessage greeting = new BotMessage(GREETING, Expecting.ITEM, null, List.of("Large pepperoni pizza", "Menu"));
        synchronized (state) {
            return reply(state, List.of(greeting), "greet");
        }
    }

    @Override
    public TurnResult handle(UserMessage message) {
        Conversation state = conversations.get(message.conversation().id());
        if (state == null) {
            throw new ConversationNotFound(message.conversation());
        }
        handled.add(message);
        String text = message.text().toLowerCase(Locale.ROOT);
        if (text.equals("boom")) {
            throw new IllegalStateException("database password is hunter2");
        }
        if (text.equals("slow")) {
            pause();
        }
        synchronized (state) {
            state.entries.add(new TranscriptEntry("customer", message.text(), Instant.now(), null, null, List.of()));
            return answer(state, text, message.text());
        }
    }

    @Override
    public Optional<Transcript> transcript(ConversationRef conversation) {
        Conversation state = conversations.get(conversation.id());
        if (state == null) {
            return Optional.empty();
        }
        synchronized (state) {
            return Optional.of(new Transcript(state.entries, ChatViews.cart(state.lines), state.order,
                    state.escalated));
        }
    }

    List<UserMessage> handled() {
        return List.copyOf(handled);
    }

    List<ConversationRef> opened() {
        return List.copyOf(opened);
    }

    Optional<OrderView> order(String sessionId) {
        Conversation state = conversations.get(sessionId);
        return state == null ? Optional.empty() : Optional.ofNullable(state.order);
    }

    Optional<Locale> locale(String sessionId) {
        Conversation state = conversations.get(sessionId);
        return state == null ? Optional.empty() : Optional.of(state.locale);
    }

    void clear() {
        conversations.clear();
        handled.clear();
        opened.clear();
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private TurnResult answer(Conversation state, String text, String original) {
        if (text.equals("clarify")) {
            return reply(state, List.of(new BotMessage("What size would you like?", Expecting.SIZE, "pizza",
                    List.of("Small", "Medium", "Large"))), "order.add");
        }
        if (text.contains("pizza")) {
            state.lines.add(ChatViews.largePepperoniPizza("line-" + (state.lines.size() + 1)));
            return reply(state, List.of(new BotMessage("Added a large pepperoni pizza. Anything else?",
                    Expecting.MORE_ITEMS, null, List.of("Add 2 Cokes", "That's all"))), "order.add");
        }
        if (text.contains("coke")) {
            state.lines.add(ChatViews.cokes("line-" + (state.lines.size() + 1), 2));
            return reply(state, List.of(new BotMessage("Added 2 Cokes. Anything else?", Expecting.MORE_ITEMS, null,
                    List.of("That's all"))), "order.add");
        }
        if (text.contains("that's all") || text.equals("done")) {
            return reply(state, List.of(new BotMessage("Pickup or delivery?", Expecting.FULFILLMENT, null,
                    List.of("Pickup", "Delivery"))), "order.done");
        }
        if (text.contains("pickup")) {
            state.order = ChatViews.order("A-1042", "PLACED", state.lines);
            state.lines.clear();
            return reply(state, List.of(BotMessage.say("Thanks, Sam! Order A-1042 is placed."),
                    BotMessage.say("We'll let you know when it's ready.")), "fulfillment.set");
        }
        if (text.contains("delivery")) {
            state.order = ChatViews.deliveryOrder("A-1043", state.lines);
            state.lines.clear();
            return reply(state, List.of(BotMessage.say("Thanks, Sam! Order A-1043 will be with you at 7:00 PM.")),
                    "fulfillment.set");
        }
        if (text.contains("help")) {
            state.escalated = true;
            return reply(state, List.of(BotMessage.say("I'm asking a member of our staff to join.")),
                    "human.handoff");
        }
        return reply(state, List.of(BotMessage.say("You said: " + original)), "out_of_scope");
    }

    private static TurnResult reply(Conversation state, List<BotMessage> messages, String intent) {
        for (BotMessage message : messages) {
            state.entries.add(new TranscriptEntry("bot", message.text(), Instant.now(), message.expecting(),
                    message.itemId(), message.options()));
        }
        return new TurnResult(messages, ChatViews.cart(state.lines), state.order, state.escalated, intent);
    }
}
