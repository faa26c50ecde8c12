package io.maitre.channel.web;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** The two limits of the web chat: messages per session and new sessions per client address. */
final class ChatRateLimits {

    private final RateLimiter messages;
    private final RateLimiter sessions;

    ChatRateLimits(WebChatProperties properties, LongSupplier nanoClock) {
        this.messages = new RateLimiter(properties.messagesPerMinute(), nanoClock);
        this.sessions = new RateLimiter(properties.sessionsPerMinute(), nanoClock);
    }

    void messageSent(String sessionId) {
        check(messages.acquire(sessionId), "This chat is sending messages too quickly.");
    }

    void sessionRequested(String clientAddress) {
        check(sessions.acquire(clientAddress), "Too many chats started from this address.");
    }

    private static void check(long waitNanos, String detail) {
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
            throw new RateLimitExceeded(detail + " Try again in " + seconds + " s.", seconds);
        }
    }
}
