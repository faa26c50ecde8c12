package io.maitre.channel;

/**
 * Sends something to a customer outside a turn, such as an order status change. Each channel
 * adapter that can push implements it for its own conversations.
 */
public interface ConversationPush {

    /** Whether this adapter serves that conversation's channel. */
    boolean supports(Channel channel);

    /** Tells the customer their order changed; {@code message} is what to say. */
    void orderUpdated(ConversationRef conversation, OrderView order, BotMessage message);
}
