package io.maitre.channel.twilio;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the SMS and voice channels, under {@code maitre.twilio} (docs/twilio.md).
 *
 * @param authToken the account's auth token: it signs every webhook and authenticates outbound calls. When blank,
 *     every webhook is refused with 403.
 * @param accountSid the account that sends outbound messages; blank disables outbound texts
 * @param publicBaseUrl the URL Twilio calls, e.g. {@code https://pizza.example.com}; signatures are checked against
 *     it plus the request's path and query. When blank, the URL the request reached this service with is used,
 *     which only fits a service Twilio reaches directly.
 * @param trustForwardedHeaders whether {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} name the public URL
 *     (only behind a proxy that sets them and strips what clients send); they override {@code publicBaseUrl}
 * @param apiBaseUrl where Twilio's REST API is; blank for Twilio itself. Tests point it at a stand-in.
 * @param sms the SMS channel's settings
 * @param voice the voice channel's settings
 */
@ConfigurationProperties("maitre.twilio")
public record TwilioProperties(
        String authToken,
        String accountSid,
        String publicBaseUrl,
        @DefaultValue("false") boolean trustForwardedHeaders,
        String apiBaseUrl,
        @DefaultValue Sms sms,
        @DefaultValue Voice voice) {

    public TwilioProperties {
        publicBaseUrl = stripTrailingSlash(publicBaseUrl);
        apiBaseUrl = stripTrailingSlash(apiBaseUrl);
    }

    /** Whether webhooks can be verified at all. */
    public boolean canVerify() {
        return authToken != null && !authToken.isBlank();
    }

    /** Whether outbound texts can be sent. */
    public boolean canSend() {
        return canVerify() && accountSid != null && !accountSid.isBlank();
    }

    /**
     * The SMS channel.
     *
     * @param maxBodyLength the longest inbound text handed to the bot, in characters (Twilio's own limit is 1,600)
     * @param messageLength the longest reply message; longer replies are split at sentence boundaries
     * @param maxChoices the most quick replies offered as numbered choices
     * @param dedupeWindow how long a delivered message's id is remembered, so a retry is answered with nothing
     * @param confirmOptOut whether STOP is answered with a confirmation (turn off when Twilio's own opt-out handling
     *     answers it)
     * @param messagesPerMinute how many texts one customer number may send a minute before the bot stops answering
     *     for a while (counted across instances in the shared store)
     * @param notifyStatuses the order statuses that are texted to customers who ordered by SMS or phone
     * @param sendsPerSecond outbound texts per second from one of our numbers (a US long code takes about one)
     * @param sendWait how long an outbound text may wait for its number's send rate
     * @param sendAttempts attempts of one outbound text, counting the first
     * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one gives up
     * @param codeValidity how long a code texted to confirm a number typed into web chat stays valid
     * @param codeAttempts how many times such a code may be typed before it is void
     * @param codesPerHour how many such codes one number may be sent an hour, whichever conversation asks
     */
    public record Sms(
            @DefaultValue("1600") int maxBodyLength,
            @DefaultValue("320") int messageLength,
            @DefaultValue("6") int maxChoices,
            @DefaultValue("24h") Duration dedupeWindow,
            @DefaultValue("true") boolean confirmOptOut,
            @DefaultValue("20") int messagesPerMinute,
            @DefaultValue({"ACCEPTED", "READY", "CANCELLED", "NEEDS_ATTENTION"}) List<String> notifyStatuses,
            @DefaultValue("1") int sendsPerSecond,
            @DefaultValue("30s") Duration sendWait,
            @DefaultValue("4") int sendAttempts,
            @DefaultValue("60s") Duration maxRetryAfter,
            @DefaultValue("10m") Duration codeValidity,
            @DefaultValue("5") int codeAttempts,
            @DefaultValue("3") int codesPerHour) {

        public Sms {
            requirePositive("sms.max-body-length", maxBodyLength);
            if (messageLength < 70) {
                throw new IllegalArgumentException("maitre.twilio.sms.message-length must be at least 70, was "
                        + messageLength);
            }
            requirePositive("sms.max-choices", maxChoices);
            requirePositive("sms.messages-per-minute", messagesPerMinute);
            requirePositive("sms.sends-per-second", sendsPerSecond);
            requirePositive("sms.send-attempts", sendAttempts);
            requirePositive("sms.code-attempts", codeAttempts);
            requirePositive("sms.codes-per-hour", codesPerHour);
            if (codeValidity == null || codeValidity.isNegative() || codeValidity.isZero()) {
                throw new IllegalArgumentException("maitre.twilio.sms.code-validity must be positive, was "
                        + codeValidity);
            }
            notifyStatuses = notifyStatuses == null ? List.of() : List.copyOf(notifyStatuses);
        }
    }

    /**
     * The voice channel.
     *
     * @param speechTimeout seconds of silence that end the caller's speech, or {@code auto}
     * @param timeout seconds Twilio waits for the caller to start answering
     * @param language the speech recognition and text-to-speech language
     * @param sayVoice the text-to-speech voice, e.g. {@code Polly.Joanna-Neural}; blank for Twilio's default
     * @param lowConfidence below this speech confidence, a key answer (name, address, time, confirmation) is read
     *     back for the caller to confirm
     * @param callWindow how long a call's channel state (silences, an answer being confirmed) is kept
     * @param maxHints how many menu words are given to speech recognition as {@code hints} (Twilio takes up to 500)
     */
    public record Voice(
            @DefaultValue("auto") String speechTimeout,
            @DefaultValue("5") int timeout,
            @DefaultValue("en-US") String language,
            String sayVoice,
            @DefaultValue("0.5") double lowConfidence,
            @DefaultValue("2h") Duration callWindow,
            @DefaultValue("100") int maxHints) {

        public Voice {
            if (speechTimeout == null || !(speechTimeout.equals("auto") || speechTimeout.matches("[1-9][0-9]?"))) {
                throw new IllegalArgumentException("maitre.twilio.voice.speech-timeout must be 'auto' or a whole"
                        + " number of seconds, was " + speechTimeout);
            }
            requirePositive("voice.timeout", timeout);
            if (maxHints < 0 || maxHints > 500) {
                throw new IllegalArgumentException("maitre.twilio.voice.max-hints must be between 0 and 500");
            }
            if (lowConfidence < 0 || lowConfidence > 1) {
                throw new IllegalArgumentException("maitre.twilio.voice.low-confidence must be between 0 and 1");
            }
        }
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("maitre.twilio." + name + " must be positive, was " + value);
        }
    }

    private static String stripTrailingSlash(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
