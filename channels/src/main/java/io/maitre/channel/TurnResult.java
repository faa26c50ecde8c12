package io.maitre.channel;

import java.util.List;

/**
 * What one turn produced, for the channel to render.
 *
 * @param messages the bot's replies, in order
 * @param cart the cart after the turn
 * @param order the placed order of this conversation, or {@code null}
 * @param escalated whether the conversation is now with staff
 * @param intent the intent the bot understood (for diagnostics and the golden conversations), or {@code null}
 */
public record TurnResult(List<BotMessage> messages, CartView cart, OrderView order, boolean escalated,
        String intent) {

    public TurnResult {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
