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

    /** An order update for one conversation. */
    record CustomerUpdate(ConversationRef conversation, OrderView order, BotMessage message) {
    }
}
