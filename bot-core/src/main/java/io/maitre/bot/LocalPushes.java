package io.maitre.bot;

import io.maitre.bot.CustomerUpdates.CustomerUpdate;
import io.maitre.channel.ConversationPush;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers an update to the channel adapters of this instance that serve its conversation. The bot says
 * nothing while staff own a conversation, so the ownership is checked here, at the point of sending: an update
 * that arrives while staff own it is not sent (the staff console shows the order's status instead). The one
 * exception is the bot's word as it hands the conversation to staff because its order was held for them.
 */
@Component
public class LocalPushes {

    private static final Logger log = LoggerFactory.getLogger(LocalPushes.class);

    private final List<ConversationPush> pushes;
    private final ConversationStore store;

    LocalPushes(List<ConversationPush> pushes, ConversationStore store) {
        this.pushes = pushes;
        this.store = store;
    }

    public void deliver(CustomerUpdate update) {
        if (!update.handOff() && store.load(update.conversation().key()).map(Conversation::escalated).orElse(false)) {
            log.debug("Held an update to {}: staff own the conversation", update.conversation().key());
            return;
        }
        pushes.stream().filter(p -> p.supports(update.conversation().channel()))
                .forEach(p -> p.orderUpdated(update.conversation(), update.order(), update.message(), update.handOff()));
    }
}
