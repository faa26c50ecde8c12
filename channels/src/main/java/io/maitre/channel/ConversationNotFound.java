package io.maitre.channel;

/** The conversation was never opened, or it expired. */
public class ConversationNotFound extends RuntimeException {

    public ConversationNotFound(ConversationRef conversation) {
        super("No conversation " + conversation.key());
    }
}
