package io.maitre.bot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bot's own settings.
 *
 * @param defaultOutlet the outlet a conversation talks to when the channel names none
 */
@ConfigurationProperties("maitre.bot")
public record BotProperties(@DefaultValue("demo") String defaultOutlet) {
}
