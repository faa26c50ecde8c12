package io.maitre.dialogue;

import io.maitre.channel.BotMessage;
import io.maitre.order.OrderDetails;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dialogue answers to one message.
 *
 * @param messages what the bot says, at most one question and that one last
 * @param placed the order this very turn placed, as it was stored, so that the caller need not read it back
 */
public record Answer(List<BotMessage> messages, Optional<OrderDetails> placed) {

    public Answer {
        messages = List.copyOf(messages);
        Objects.requireNonNull(placed, "placed");
    }

    /** An answer that placed no order. */
    public static Answer of(List<BotMessage> messages) {
        return new Answer(messages, Optional.empty());
    }
}
