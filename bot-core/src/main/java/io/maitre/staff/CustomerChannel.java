package io.maitre.staff;

import io.maitre.conversation.Conversation;

/**
 * Sends what staff write (and the bot's word on being back) to the customer's channel, outside a turn. Web chat
 * gets it through its socket push on whichever instance holds the socket.
 */
public interface CustomerChannel {

    /**
     * @param from {@code "staff"} or {@code "bot"}
     */
    void send(Conversation conversation, String from, String text);
}
