package io.maitre.channel;

import java.util.Locale;
import java.util.Objects;

/** One thing a customer said, already authenticated and deduplicated by its channel adapter. */
public record UserMessage(ConversationRef conversation, String text, Channel channel, Locale locale) {

    public UserMessage {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(text, "text");
        channel = channel == null ? conversation.channel() : channel;
        locale = locale == null ? Locale.ENGLISH : locale;
    }
}
