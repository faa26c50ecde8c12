package io.maitre.channel.twilio;

import java.util.List;

/**
 * What the voice channel remembers of a call between webhooks (the bot keeps the conversation itself).
 *
 * @param prompt what was last said to the caller, to say again after a silence
 * @param shortPrompt the question alone, for the second silence
 * @param expecting what the bot waits for ({@code Expecting} id), or {@code null}
 * @param choices the quick replies the caller may pick with a key, 1 first
 * @param silences how many times in a row the caller said nothing
 * @param pendingSpeech an answer heard with low confidence, waiting for the caller to confirm it, or {@code null}
 * @param orderId the order this call placed, once it has
 * @param lastToken the idempotency token of the last webhook answered, or {@code null}
 * @param lastTwiml the TwiML that answered it, sent again when the same webhook is delivered twice
 */
record CallState(String prompt, String shortPrompt, String expecting, List<String> choices, int silences,
        String pendingSpeech, String orderId, String lastToken, String lastTwiml) {

    CallState {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    CallState asked(String prompt, String shortPrompt, String expecting, List<String> choices) {
        return new CallState(prompt, shortPrompt, expecting, choices, 0, null, orderId, lastToken, lastTwiml);
    }

    CallState silent() {
        return new CallState(prompt, shortPrompt, expecting, choices, silences + 1, pendingSpeech, orderId, lastToken,
                lastTwiml);
    }

    CallState confirming(String speech) {
        return new CallState(prompt, shortPrompt, expecting, choices, 0, speech, orderId, lastToken, lastTwiml);
    }

    CallState withoutPending() {
        return new CallState(prompt, shortPrompt, expecting, choices, 0, null, orderId, lastToken, lastTwiml);
    }

    CallState placed(String order) {
        return new CallState(prompt, shortPrompt, expecting, choices, silences, pendingSpeech, order, lastToken,
                lastTwiml);
    }

    CallState answered(String token, String twiml) {
        return new CallState(prompt, shortPrompt, expecting, choices, silences, pendingSpeech, orderId, token, twiml);
    }
}
