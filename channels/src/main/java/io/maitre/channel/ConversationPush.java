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

    /**
     * Tells the customer their order changed and whether staff own the conversation with it (an order held for
     * staff hands its conversation to them). Adapters that show who owns the conversation override it.
     */
    default void orderUpdated(ConversationRef conversation, OrderView order, BotMessage message, boolean escalated) {
        orderUpdated(conversation, order, message);
    }

    /**
     * Sends a message outside a turn that is not about an order: a staff member's reply, or the bot saying it is
     * back after staff handed the conversation back. Adapters that cannot push ignore it.
     *
     * @param from who speaks: {@code "staff"} or {@code "bot"}
     * @param escalated whether staff own the conversation after this message
     */
    default void said(ConversationRef conversation, String from, BotMessage message, boolean escalated) {
    }
}
