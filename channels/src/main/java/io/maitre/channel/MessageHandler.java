package io.maitre.channel;

import java.util.Locale;
import java.util.Optional;

/**
 * The port every channel adapter calls; the bot implements it. Messages of one conversation are
 * handled one at a time, in arrival order.
 */
public interface MessageHandler {

    /**
     * Starts a conversation and returns the greeting.
     *
     * @throws UnknownOutlet when no outlet has that id
     */
    TurnResult open(ConversationRef conversation, String outletId, Locale locale);

    /**
     * Starts a conversation with a customer whose phone number the channel already knows (a texter or a caller),
     * so the bot does not ask for it. A handler that keeps no customer details may ignore the number.
     *
     * @param customerPhone the customer's number in E.164
     * @throws UnknownOutlet when no outlet has that id
     */
    default TurnResult open(ConversationRef conversation, String outletId, Locale locale, String customerPhone) {
        return open(conversation, outletId, locale);
    }

    /**
     * Handles one customer message.
     *
     * @throws ConversationNotFound when the conversation was never opened or has expired
     */
    TurnResult handle(UserMessage message);

    /** The conversation so far, when it exists. */
    Optional<Transcript> transcript(ConversationRef conversation);
}
