package io.maitre.bot;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationLock;
import io.maitre.conversation.ConversationObserver;
import io.maitre.conversation.ConversationProperties;
import io.maitre.conversation.ConversationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands a conversation to staff outside a turn, when the kitchen side held its order for them (NEEDS_ATTENTION):
 * under the conversation's lock it becomes owned by staff with the order's reason, the bot's word to the customer
 * goes into the transcript, and the observers (the staff console) see the hand-off as they see one the bot makes in
 * a turn. A conversation staff already own, or wait to take, is left as it is.
 */
@Component
class OrderHandOffs {

    private static final Logger log = LoggerFactory.getLogger(OrderHandOffs.class);

    /** What became of the conversation. */
    enum Outcome {
        /** Staff own it now; the customer is to be told in the words given. */
        HANDED_OFF,
        /** Staff already owned it or were asked to: nothing changed, the console shows the order. */
        WITH_STAFF,
        /** It has ended or expired. */
        GONE
    }

    private final ConversationStore store;
    private final ConversationLock lock;
    private final ConversationProperties properties;
    private final List<ConversationObserver> observers;
    private final Clock clock;

    OrderHandOffs(ConversationStore store, ConversationLock lock, ConversationProperties properties,
            List<ConversationObserver> observers, Clock clock) {
        this.store = store;
        this.lock = lock;
        this.properties = properties;
        this.observers = List.copyOf(observers);
        this.clock = clock;
    }

    /**
     * @param reason why, for the staff who pick it up
     * @param words what the bot tells the customer as it hands over
     */
    Outcome handOff(ConversationRef ref, String reason, String words) {
        return lock.withLock(ref.key(), () -> store.load(ref.key()).map(c -> {
            if (c.escalated()) {
                return Outcome.WITH_STAFF;
            }
            Instant now = clock.instant();
            c.escalate(reason, now);
            c.said(List.of(BotMessage.say(words)), now, properties.transcriptLimit());
            store.save(c);
            saved(c);
            log.info("Handed {} to staff: {}", ref.key(), reason);
            return Outcome.HANDED_OFF;
        }).orElse(Outcome.GONE));
    }

    private void saved(Conversation conversation) {
        for (ConversationObserver observer : observers) {
            try {
                observer.saved(conversation);
            } catch (RuntimeException e) {
                log.warn("Conversation observer failed for {}", conversation.key(), e);
            }
        }
    }
}
