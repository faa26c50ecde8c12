package io.maitre.channel.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web chat channel, under {@code maitre.web}.
 *
 * @param tokenSecret the secret that signs session tokens; every instance serving the same customers needs the same
 *     one. When blank, each process makes a random one, so tokens neither survive a restart nor work on another
 *     instance.
 * @param defaultOutlet the outlet a session talks to when the client names none
 * @param maxTextLength the longest customer message accepted, in characters (code points)
 * @param messagesPerMinute how many messages one session may send a minute (per instance)
 * @param sessionsPerMinute how many sessions one client address may start a minute (per instance)
 * @param allowedOrigins origins besides the page's own that may open the chat WebSocket
 */
@ConfigurationProperties("maitre.web")
public record WebChatProperties(
        String tokenSecret,
        @DefaultValue("demo") String defaultOutlet,
        @DefaultValue("2000") int maxTextLength,
        @DefaultValue("30") int messagesPerMinute,
        @DefaultValue("20") int sessionsPerMinute,
        @DefaultValue List<String> allowedOrigins) {

    public WebChatProperties {
        if (defaultOutlet == null || defaultOutlet.isBlank()) {
            throw new IllegalArgumentException("maitre.web.default-outlet must not be blank");
        }
        requirePositive("max-text-length", maxTextLength);
        requirePositive("messages-per-minute", messagesPerMinute);
        requirePositive("sessions-per-minute", sessionsPerMinute);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("maitre.web." + name + " must be positive, was " + value);
        }
    }
}
