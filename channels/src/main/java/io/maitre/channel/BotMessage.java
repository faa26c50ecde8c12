package io.maitre.channel;

import java.util.List;

/**
 * One message from the bot: the {@code Message} of docs/api.md.
 *
 * @param text what the bot says
 * @param expecting what it waits for next, or {@code null}
 * @param itemId the menu item a clarification is about, or {@code null}
 * @param options quick replies, possibly empty
 */
public record BotMessage(String text, Expecting expecting, String itemId, List<String> options) {

    public BotMessage {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static BotMessage say(String text) {
        return new BotMessage(text, null, null, List.of());
    }
}
