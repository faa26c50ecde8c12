package io.maitre.channel.twilio;

import java.util.List;

/**
 * What the voice channel remembers of a call between webhooks (the bot keeps the conversation itself).
 *
 * @param outletId the outlet the call is to, whose staff number takes a transfer
 * @param prompt what was last said to the caller, to say again after a silence
 * @param shortPrompt the question alone, for the second silence
 * @param expecting what the bot waits for ({@code Expecting} id), or {@code null}
 * @param choices the quick replies the caller may pick with a key, 1 first
 * @param silences how many times in a row the caller said nothing
 * @param pendingSpeech an answer heard with low confidence, waiting for the caller to confirm it, or {@code null}
 * @param orderId the order this call placed, once it has
 * @param lastToken the idempotency token of the last webhook answered, or {@code null}
 * @param lastTwiml the TwiML that answered it, sent again when the same webhook is delivered twice
 * @param listening whether that TwiML is a {@code <Gather>}: the caller is still with us, and hears a take-over only
 *        from the next webhook or from the call being updated; false once the call was transferred or ended
 */
record CallState(String outletId, String prompt, String shortPrompt, String expecting, List<String> choices,
        int silences, String pendingSpeech, String orderId, String lastToken, String lastTwiml, boolean listening) {

    CallState {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A call that has just come in to the outlet. */
    static CallState to(String outletId) {
        return new CallState(outletId, null, null, null, List.of(), 0, null, null, null, null, false);
    }

    CallState asked(String prompt, String shortPrompt, String expecting, List<String> choices) {
        return new CallState(outletId, prompt, shortPrompt, expecting, choices, 0, null, orderId, lastToken, lastTwiml,
                listening);
    }

    CallState silent() {
        return new CallState(outletId, prompt, shortPrompt, expecting, choices, silences + 1, pendingSpeech, orderId,
                lastToken, lastTwiml, listening);
    }

    CallState confirming(String speech) {
        return new CallState(outletId, prompt, shortPrompt, expecting, choices, 0, speech, orderId, lastToken,
                lastTwiml, listening);
    }

    CallState withoutPending() {
        return new CallState(outletId, prompt, shortPrompt, expecting, choices, 0, null, orderId, lastToken, lastTwiml,
                listening);
    }

    CallState placed(String order) {
        return new CallState(outletId, prompt, shortPrompt, expecting, choices, silences, pendingSpeech, order,
                lastToken, lastTwiml, listening);
    }

    /** The webhook with this token was answered with this TwiML; {@code gathering} when it listens for more. */
    CallState answered(String token, String twiml, boolean gathering) {
        return new CallState(outletId, prompt, shortPrompt, expecting, choices, silences, pendingSpeech, orderId, token,
                twiml, gathering);
    }

    /** The call was moved on to this TwiML (a transfer) through Twilio's API, outside any webhook. */
    CallState handedOver(String twiml) {
        return new CallState(outletId, prompt, shortPrompt, expecting, choices, silences, pendingSpeech, orderId,
                lastToken, twiml, false);
    }
}
