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

    /**
     * The conversation a {@link #key()} names.
     *
     * @throws IllegalArgumentException when the text is not a key
     */
    public static ConversationRef ofKey(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("Not a conversation key: " + key);
        }
        return new ConversationRef(Channel.valueOf(key.substring(0, colon).toUpperCase(java.util.Locale.ROOT)),
                key.substring(colon + 1));
    }

    public static ConversationRef web(String sessionId) {
        return new ConversationRef(Channel.WEB, sessionId);
    }

    /**
     * The text thread between one of an outlet's numbers and a customer's number (both E.164): it carries on
     * across messages while the conversation lives.
     */
    public static ConversationRef sms(String outletNumber, String customerNumber) {
        return new ConversationRef(Channel.SMS, outletNumber + ":" + customerNumber);
    }

    /** One phone call, by its call id. */
    public static ConversationRef voice(String callSid) {
        return new ConversationRef(Channel.VOICE, callSid);
    }
}
