package io.maitre.nlu;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What the bot knows before reading an utterance, so that "large" after "what size?" or "yes" after
 * "shall I place it?" are read right.
 *
 * @param outletId whose menu to use
 * @param expecting what the bot asked for last (the {@code expecting} ids of docs/api.md), or {@code null}
 * @param expectingItemId the item that question was about, or {@code null}
 * @param zone the outlet's time zone, for times
 * @param locale the conversation's locale
 * @param clock the clock times are relative to
 * @param sessionId the conversation, for intent sources that keep a session of their own (Dialogflow), or
 *     {@code null}
 */
public record InterpretationContext(String outletId, String expecting, String expectingItemId, ZoneId zone,
        Locale locale, Clock clock, String sessionId) {

    /** A context outside any conversation. */
    public InterpretationContext(String outletId, String expecting, String expectingItemId, ZoneId zone,
            Locale locale, Clock clock) {
        this(outletId, expecting, expectingItemId, zone, locale, clock, null);
    }

    public static InterpretationContext of(String outletId) {
        return new InterpretationContext(outletId, null, null, ZoneId.systemDefault(), Locale.ENGLISH,
                Clock.systemDefaultZone());
    }
}
