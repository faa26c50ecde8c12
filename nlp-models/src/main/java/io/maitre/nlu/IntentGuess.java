package io.maitre.nlu;

/**
 * An intent with its confidence and where it came from ("dialogflow", "local", "rules").
 *
 * @param intent the intent
 * @param confidence between 0 and 1
 * @param source which detector answered
 */
public record IntentGuess(Intent intent, double confidence, String source) {
}
