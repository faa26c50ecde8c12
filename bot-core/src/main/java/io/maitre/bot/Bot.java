package io.maitre.bot;

import io.maitre.cart.CartPricing;
import io.maitre.cart.PricedCart;
import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationNotFound;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.OrderView;
import io.maitre.channel.Transcript;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UnknownOutlet;
import io.maitre.channel.UserMessage;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationLock;
import io.maitre.conversation.ConversationObserver;
import io.maitre.conversation.ConversationProperties;
import io.maitre.conversation.ConversationStore;
import io.maitre.dialogue.Answer;
import io.maitre.dialogue.DialogueManager;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.InterpretationContext;
import io.maitre.nlu.Interpreter;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one turn (docs/architecture.md, One turn): under the conversation's lock, load its state, interpret the message,
 * let the dialogue manager answer, save. A turn that fails leaves the stored state as it was, apart
 * from the customer's words and an apology.
 */
@Component
public class Bot implements MessageHandler {

    private static final Logger log = LoggerFactory.getLogger(Bot.class);

    private final ConversationStore store;
    private final ConversationLock lock;
    private final ConversationProperties properties;
    private final MenuCatalog menus;
    private final Interpreter interpreter;
    private final DialogueManager dialogue;
    private final FindOrder findOrder;
    private final BotProperties botProperties;
    private final Clock clock;
    private final List<ConversationObserver> observers;

    public Bot(ConversationStore store, ConversationLock lock, ConversationProperties properties, MenuCatalog menus,
            Interpreter interpreter, DialogueManager dialogue, FindOrder findOrder, BotProperties botProperties,
            Clock clock, List<ConversationObserver> observers) {
        this.store = store;
        this.lock = lock;
        this.properties = properties;
        this.menus = menus;
        this.interpreter = interpreter;
        this.dialogue = dialogue;
        this.findOrder = findOrder;
        this.botProperties = botProperties;
        this.clock = clock;
        this.observers = List.copyOf(observers);
    }

    @Override
    public TurnResult open(ConversationRef ref, String outletId, Locale locale) {
        return open(ref, outletId, locale, null);
    }

    @Override
    public TurnResult open(ConversationRef ref, String outletId, Locale locale, String customerPhone) {
        String outlet = outletId == null || outletId.isBlank() ? botProperties.defaultOutlet() : outletId;
        Menu menu = menus.menu(outlet).orElseThrow(() -> new UnknownOutlet(outlet));
        return lock.withLock(ref.key(), () -> {
            Conversation conversation = Conversation.start(ref, menu.outletId().value(),
                    (locale == null ? Locale.ENGLISH : locale).toLanguageTag(), clock.instant());
            if (customerPhone != null && !customerPhone.isBlank()) {
                conversation.customerPhone(customerPhone);
            }
            List<BotMessage> greeting = dialogue.greet(conversation, menu);
            conversation.said(greeting, clock.instant(), properties.transcriptLimit());
            store.save(conversation);
            notifyObservers(conversation);
            return result(conversation, menu, Answer.of(greeting), null);
        });
    }

    @Override
    public TurnResult handle(UserMessage message) {
        ConversationRef ref = message.conversation();
        return lock.withLock(ref.key(), () -> turn(message));
    }

    private TurnResult turn(UserMessage message) {
        ConversationRef ref = message.conversation();
        Conversation conversation = store.load(ref.key()).orElseThrow(() -> new ConversationNotFound(ref));
        String outletId = conversation.outletId();
        Menu menu = menus.menu(outletId).orElseThrow(() -> new UnknownOutlet(outletId));
        Instant now = clock.instant();
        conversation.heard(message.text(), now, properties.transcriptLimit());
        Interpretation heard = read(message.text(), conversation, menu);
        Answer answer;
        try {
            answer = dialogue.respond(conversation, menu, heard);
        } catch (RuntimeException e) {
            log.error("Turn failed in {}", ref.key(), e);
            conversation = store.load(ref.key()).orElseThrow(() -> new ConversationNotFound(ref));
            conversation.heard(message.text(), now, properties.transcriptLimit());
            answer = Answer.of(List.of(
                    BotMessage.say("Sorry, something went wrong on our side. Please try that again.")));
        }
        conversation.said(answer.messages(), clock.instant(), properties.transcriptLimit());
        store.save(conversation);
        notifyObservers(conversation);
        return result(conversation, menu, answer, heard.intent().id());
    }

    private void notifyObservers(Conversation conversation) {
        for (ConversationObserver observer : observers) {
            try {
                observer.saved(conversation);
            } catch (RuntimeException e) {
                log.warn("Conversation observer failed for {}", conversation.key(), e);
            }
        }
    }

    /**
     * Reads the message, knowing nothing of the conversation, and takes it as the answer to the question the bot
     * asked when it reads as one. A failure inside understanding is logged with the conversation and read as a
     * message the bot did not understand at all, so that the customer is asked again instead of being sent down a
     * wrong path.
     */
    private Interpretation read(String text, Conversation conversation, Menu menu) {
        try {
            return interpreter.interpret(text, new InterpretationContext(conversation.outletId(), menu.zone(),
                    Locale.forLanguageTag(conversation.locale()), clock, conversation.key()),
                    conversation.state().question());
        } catch (RuntimeException e) {
            log.error("Understanding failed in {}", conversation.key(), e);
            return Interpretation.notUnderstood(text);
        }
    }

    @Override
    public Optional<Transcript> transcript(ConversationRef ref) {
        return store.load(ref.key()).map(c -> {
            Menu menu = menus.menu(c.outletId()).orElseThrow(() -> new UnknownOutlet(c.outletId()));
            return new Transcript(c.transcript(), Views.cart(priced(c, menu)), order(c),
                    c.escalated());
        });
    }

    /** The order a turn placed is shown as placing stored it: reading it back would cost the turn two queries. */
    private TurnResult result(Conversation c, Menu menu, Answer answer, String intent) {
        OrderView order = answer.placed().map(Views::order).orElseGet(() -> order(c));
        return new TurnResult(answer.messages(), Views.cart(priced(c, menu)), order, c.escalated(), intent);
    }

    /** The cart as priced so far: with the delivery fee once the customer chose delivery. */
    private static PricedCart priced(Conversation c, Menu menu) {
        return CartPricing.price(c.cart(), menu, "delivery".equals(c.fulfillmentMode()));
    }

    private OrderView order(Conversation c) {
        return c.orderId() == null ? null : findOrder.byId(OrderId.of(c.orderId())).map(Views::order).orElse(null);
    }
}
