package io.maitre.channel;

import java.util.Optional;

/**
 * Proves that a customer owns a phone number they typed (in web chat, where nothing vouches for it) before anything
 * is texted to it: a code is texted to the number and typed back in the conversation. Only a confirmed number is
 * ever texted the conversation's order updates. Implemented by the SMS channel; a service without it texts nothing.
 */
public interface PhoneConfirmation {

    /** Whether texts can be sent for the outlet at all (credentials and a number to send from). */
    boolean available(String outletId);

    /** The typed number as texts are addressed (E.164), or empty when it cannot be read as one. */
    Optional<String> textable(String outletId, String typed);

    /**
     * Texts a new code to the number for this conversation, replacing any earlier one.
     *
     * @param number the number in E.164, as {@link #textable} gives it
     */
    CodeSent sendCode(ConversationRef conversation, String outletId, String number);

    /** Checks a code the customer typed in the conversation; a right code confirms the number. */
    CodeCheck check(ConversationRef conversation, String code);

    /** The number the conversation's customer confirmed, if any. */
    Optional<String> confirmed(ConversationRef conversation);

    /** What became of a request for a code. */
    enum CodeSent {
        /** The code is on its way. */
        SENT,
        /** The number got as many codes as it may for now. */
        TOO_MANY,
        /** The number asked us not to text it (STOP). */
        OPTED_OUT,
        /** No texts can be sent for the outlet. */
        UNAVAILABLE
    }

    /** What a typed code did. */
    enum CodeCheck {
        /** It was right: the number is confirmed. */
        CONFIRMED,
        /** It was wrong; the customer may try again. */
        WRONG,
        /** The code expired; a new one is needed. */
        EXPIRED,
        /** It was wrong once too often; the code is void and a new one is needed. */
        TOO_MANY_TRIES,
        /** No code is waiting for this conversation. */
        NONE
    }
}
