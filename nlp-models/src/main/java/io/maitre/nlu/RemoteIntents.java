package io.maitre.nlu;

import java.util.Locale;
import java.util.Optional;

/** A remote intent detector consulted before the local classifier (Dialogflow). Never throws; returns within its time limit. */
public interface RemoteIntents {

    /**
     * Detects the intent of one customer message.
     *
     * @param sessionId our conversation id; the detector keeps its own session per conversation
     * @param text the customer's words
     * @param locale the conversation's language
     * @return the intent when the detector answered in time and is confident, else empty
     */
    Optional<IntentGuess> detect(String sessionId, String text, Locale locale);
}
