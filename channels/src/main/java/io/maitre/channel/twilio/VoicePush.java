package io.maitre.channel.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import io.maitre.channel.BotMessage;
import io.maitre.channel.Channel;
import io.maitre.channel.ConversationPush;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.OrderView;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a caller through to staff when staff take over their call outside a webhook. A call waiting in a
 * {@code <Gather>} would only hear of it at its next webhook (when the caller speaks, or the gather times out), so
 * the live call is updated through Twilio's REST API (the SDK's call updater) with TwiML that says the member's words
 * and dials the outlet's staff number. The call's state says whether it is still listening: a call already
 * transferred or ended is left alone, and a call is transferred this way once at most (claimed in the shared store,
 * so a later message from staff never redials a caller who is talking to them). When the update cannot be made (no account configured, Twilio unreachable, the
 * call over), the next webhook still transfers the caller, since staff own the conversation then. Order updates of
 * calls are texted by {@link SmsPush}; a call hears nothing else outside its webhooks.
 */
final class VoicePush implements ConversationPush, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VoicePush.class);
    private static final String CALL = "maitre:twilio:call:";
    private static final String TRANSFER = "maitre:twilio:call-transfer:";
    /** Twilio's error for an update of a call that is no longer in progress. */
    private static final int CALL_NOT_IN_PROGRESS = 21220;

    private final TwilioRestClient client;
    private final TwilioOutlets outlets;
    private final TwilioStore store;
    private final TwilioProperties properties;
    private final JsonMapper json;
    private final ExecutorService executor;

    VoicePush(TwilioRestClient client, TwilioOutlets outlets, TwilioStore store, TwilioProperties properties,
            JsonMapper json, ExecutorService executor) {
        this.client = client;
        this.outlets = outlets;
        this.store = store;
        this.properties = properties;
        this.json = json;
        this.executor = executor;
    }

    @Override
    public boolean supports(Channel channel) {
        return channel == Channel.VOICE;
    }

    @Override
    public void orderUpdated(ConversationRef conversation, OrderView order, BotMessage message) {
        // a call's order updates go out as texts (SmsPush)
    }

    /**
     * When staff now own the conversation of a call that is still listening to the bot, transfers the call after
     * saying the message. Anything else said outside a webhook (replies, the bot being back) cannot reach a call.
     */
    @Override
    public void said(ConversationRef conversation, String from, BotMessage message, boolean escalated) {
        if (!escalated || conversation.channel() != Channel.VOICE) {
            return;
        }
        String key = CALL + conversation.id();
        Optional<CallState> found = store.get(key).map(s -> json.readValue(s, CallState.class));
        if (found.isEmpty() || !found.get().listening()) {
            return;
        }
        CallState state = found.get();
        Optional<TwilioOutlet> outlet = state.outletId() == null ? Optional.empty() : outlets.byId(state.outletId());
        if (outlet.isEmpty()) {
            log.warn("Call {} is of no known outlet; it is transferred at its next webhook", conversation.id());
            return;
        }
        TwilioProperties.Voice voice = properties.voice();
        if (!store.claim(TRANSFER + conversation.id(), voice.callWindow())) {
            return;
        }
        String twiml = Twiml.handOver(Speech.forTheEar(message.text()), outlet.get().staffNumber(),
                new Twiml.GatherSettings(null, voice.speechTimeout(), voice.timeout(), voice.language(),
                        voice.sayVoice(), null));
        store.put(key, json.writeValueAsString(state.handedOver(twiml)), voice.callWindow());
        if (!properties.canSend()) {
            log.info("Call {} is transferred at its next webhook: maitre.twilio.account-sid is not set",
                    conversation.id());
            return;
        }
        try {
            executor.execute(() -> update(conversation.id(), twiml));
        } catch (RejectedExecutionException e) {
            log.warn("Could not queue the transfer of call {}: {}", conversation.id(), e.getMessage());
        }
    }

    private void update(String callSid, String twiml) {
        try {
            Call.updater(callSid).setTwiml(twiml).update(client);
            log.info("Call {} put through to staff", callSid);
        } catch (ApiException e) {
            if (e.getCode() != null && e.getCode() == CALL_NOT_IN_PROGRESS) {
                log.info("Call {} had ended before staff took it over", callSid);
            } else {
                log.warn("Twilio refused to transfer call {}: HTTP {}, error {}: {}; it is transferred at its next"
                        + " webhook", callSid, e.getStatusCode(), e.getCode(), e.getMessage());
            }
        } catch (ApiConnectionException | TwilioThrottled e) {
            log.warn("Could not reach Twilio to transfer call {} ({}); it is transferred at its next webhook",
                    callSid, e.getMessage());
        }
    }

    /** Stops taking transfers; those already queued are still made. */
    @Override
    public void close() {
        executor.shutdown();
    }
}
