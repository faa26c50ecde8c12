package io.maitre.channel.twilio;

import java.util.Locale;
import java.util.Set;

/**
 * The carrier keywords a text message can be (the whole message, ignoring case, spaces and punctuation, as
 * Twilio's own handling reads them). YES opts back in only a customer who opted out: otherwise it is an answer for
 * the bot.
 */
enum SmsKeyword {
    STOP, START, HELP, NONE;

    private static final Set<String> STOPS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
            "OPTOUT", "REVOKE");
    private static final Set<String> STARTS = Set.of("START", "UNSTOP", "YES");
    private static final Set<String> HELPS = Set.of("HELP", "INFO");

    static SmsKeyword of(String body, boolean optedOut) {
        if (body == null) {
            return NONE;
        }
        String word = body.replaceAll("[\\s\\p{Punct}]", "").toUpperCase(Locale.ROOT);
        if (STOPS.contains(word)) {
            return STOP;
        }
        if (STARTS.contains(word) && (optedOut || !word.equals("YES"))) {
            return START;
        }
        return HELPS.contains(word) ? HELP : NONE;
    }
}
