package io.maitre.bot;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.OrderView;

/**
 * Carries an order update to whichever instance holds the customer's connection: in embedded mode
 * straight to this instance's channels, in production through Redis pub/sub to every instance.
 */
public interface CustomerUpdates {

    void publish(CustomerUpdate update);

    /**
     * An order update for one conversation.
     *
     * @param handOff whether the message is the bot's last word as it hands the conversation to staff (its order was
     *        held for them): it is delivered although staff own the conversation now, where other updates are held
     */
    record CustomerUpdate(ConversationRef conversation, OrderView order, BotMessage message, boolean handOff) {

        /** An update the bot sends while it owns the conversation. */
        public CustomerUpdate(ConversationRef conversation, OrderView order, BotMessage message) {
            this(conversation, order, message, false);
        }
    }
}
