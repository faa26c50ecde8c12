package io.maitre.nlu;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Where and when an utterance is read: whose menu, which zone and clock times are relative to. It says nothing of
 * the conversation's course; what the bot asked last is applied afterwards, by {@link Interpretation#asAnswerTo}.
 *
 * @param outletId whose menu to use
 * @param zone the outlet's time zone, for times
 * @param locale the conversation's locale
 * @param clock the clock times are relative to
 * @param sessionId the conversation, for the logs and for intent sources that keep a session of their own
 *     (Dialogflow), or {@code null}
 */
public record InterpretationContext(String outletId, ZoneId zone, Locale locale, Clock clock, String sessionId) {

    /** A context outside any conversation. */
    public InterpretationContext(String outletId, ZoneId zone, Locale locale, Clock clock) {
        this(outletId, zone, locale, clock, null);
    }

    public static InterpretationContext of(String outletId) {
        return new InterpretationContext(outletId, ZoneId.systemDefault(), Locale.ENGLISH, Clock.systemDefaultZone());
    }
}
