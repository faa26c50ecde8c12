package io.maitre.channel;

import java.util.Objects;

/**
 * Identifies one conversation on one channel: a web chat session id, an SMS thread (customer
 * number and restaurant number) or a voice call.
 */
public record ConversationRef(Channel channel, String id) {

    public ConversationRef {
        Objects.requireNonNull(channel, "channel");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("conversation id must not be blank");
        }
    }

    /** A key unique across channels, for stores and locks, e.g. {@code web:3f2a...}. */
    public String key() {
        return channel.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }

    public static ConversationRef web(String sessionId) {
        return new ConversationRef(Channel.WEB, sessionId);
    }
}
