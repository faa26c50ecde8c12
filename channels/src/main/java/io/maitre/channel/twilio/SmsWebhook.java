package io.maitre.channel.twilio;

import io.maitre.channel.BotMessage;
import io.maitre.channel.Channel;
import io.maitre.channel.ConversationNotFound;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UserMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS channel's use case: one verified inbound text in, the text messages to answer with out (docs/twilio.md).
 * A delivery is claimed by its idempotency token (else its MessageSid) before anything else, so a retry, on this
 * instance or another, is answered with nothing and changes nothing; when the turn fails the claim is given back.
 * Carrier keywords, opted-out senders, pictures without text and over-long texts are answered here and never reach
 * the bot.
 */
final class SmsWebhook {

    private static final Logger log = LoggerFactory.getLogger(SmsWebhook.class);
    private static final String DEDUPE = "maitre:twilio:sms:in:";
    private static final String THREAD = "maitre:twilio:sms:thread:";
    private static final String OPENING = "maitre:twilio:sms:opening:";
    private static final Duration OPENING_WINDOW = Duration.ofSeconds(5);
    private static final Duration OPENING_POLL = Duration.ofMillis(10);

    /** What to answer: text messages (possibly none) and, for diagnostics, the intent the bot understood. */
    record SmsAnswer(List<String> messages, String intent) {

        static final SmsAnswer NOTHING = new SmsAnswer(List.of(), null);

        SmsAnswer {
            messages = List.copyOf(messages);
        }

        static SmsAnswer say(String text) {
            return new SmsAnswer(List.of(Gsm7.normalize(text)), null);
        }
    }

    private final MessageHandler handler;
    private final TwilioOutlets outlets;
    private final TwilioStore store;
    private final SmsOptOuts optOuts;
    private final SenderLimits limits;
    private final TwilioProperties.Sms settings;
    private final SmsReplies replies;
    private final JsonMapper json;

    SmsWebhook(MessageHandler handler, TwilioOutlets outlets, TwilioStore store, SmsOptOuts optOuts,
            SenderLimits limits, TwilioProperties.Sms settings, JsonMapper json) {
        this.handler = handler;
        this.outlets = outlets;
        this.store = store;
        this.optOuts = optOuts;
        this.limits = limits;
        this.settings = settings;
        this.replies = new SmsReplies(settings.messageLength(), settings.maxChoices());
        this.json = json;
    }

    SmsAnswer receive(WebhookRequest webhook) {
        String from = webhook.require("From");
        String to = webhook.require("To");
        String messageSid = firstPresent(webhook, "MessageSid", "SmsMessageSid", "SmsSid");
        String delivery = DEDUPE + (webhook.idempotencyToken() != null && !webhook.idempotencyToken().isBlank()
                ? "token:" + webhook.idempotencyToken() : messageSid);
        if (!store.claim(delivery, settings.dedupeWindow())) {
            log.info("SMS {} from {} was delivered before; answering nothing", messageSid, PhoneNumbers.mask(from));
            return SmsAnswer.NOTHING;
        }
        try {
            return answer(webhook, from, to);
        } catch (RuntimeException e) {
            store.release(delivery);
            log.error("SMS {} from {} failed", messageSid, PhoneNumbers.mask(from), e);
            return SmsAnswer.say("Sorry, something went wrong on our side. Please send that again in a moment.");
        }
    }

    private SmsAnswer answer(WebhookRequest webhook, String from, String to) {
        Optional<TwilioOutlet> found = outlets.byNumber(to);
        if (found.isEmpty()) {
            log.warn("SMS to {}, which no outlet lists among its phoneNumbers", PhoneNumbers.mask(to));
            return SmsAnswer.say("Sorry, this number doesn't take orders by text yet.");
        }
        TwilioOutlet outlet = found.get();
        String body = webhook.get("Body") == null ? "" : webhook.get("Body").strip();
        boolean optedOut = optOuts.isOptedOut(to, from);
        switch (SmsKeyword.of(body, optedOut)) {
            case STOP -> {
                optOuts.optOut(to, from);
                log.info("{} opted out of texts from {}", PhoneNumbers.mask(from), PhoneNumbers.mask(to));
                return settings.confirmOptOut()
                        ? SmsAnswer.say("You're unsubscribed from " + outlet.name() + " texts and won't get any more."
                                + " Reply START to resubscribe.")
                        : SmsAnswer.NOTHING;
            }
            case START -> {
                optOuts.optIn(to, from);
                return SmsAnswer.say("You're subscribed to " + outlet.name() + " texts again. Text us your order any"
                        + " time. Reply HELP for help, STOP to unsubscribe.");
            }
            case HELP -> {
                return SmsAnswer.say(outlet.name() + ": text us your order, like \"a large pepperoni pizza\"."
                        + (outlet.storePhone() == null ? "" : " Questions? Call " + outlet.storePhone() + ".")
                        + " Msg & data rates may apply. Reply STOP to unsubscribe.");
            }
            case NONE -> {
                // a number that opted out is handled below
            }
        }
        if (optedOut) {
            log.info("Text from {}, who opted out of {}: not answered", PhoneNumbers.mask(from),
                    PhoneNumbers.mask(to));
            return SmsAnswer.NOTHING;
        }
        if (!limits.allow(from)) {
            log.warn("{} is texting faster than {} a minute: not answered", PhoneNumbers.mask(from),
                    settings.messagesPerMinute());
            return SmsAnswer.NOTHING;
        }
        if (body.isEmpty()) {
            return SmsAnswer.say(mediaCount(webhook) > 0
                    ? "Thanks! I can only read text, not pictures or files. Please type your order."
                    : "Text me what you'd like to order, like \"a large pepperoni pizza\".");
        }
        int length = body.codePointCount(0, body.length());
        if (length > settings.maxBodyLength()) {
            return SmsAnswer.say("That message is too long for me (" + length + " characters). Please send your"
                    + " order in a shorter text.");
        }
        return turn(outlet, to, from, body);
    }

    private SmsAnswer turn(TwilioOutlet outlet, String to, String from, String body) {
        ConversationRef ref = ConversationRef.sms(to, from);
        String threadKey = THREAD + ref.id();
        SmsThreadState thread = store.get(threadKey).map(s -> json.readValue(s, SmsThreadState.class)).orElse(null);
        String chosen = thread == null ? null : SmsReplies.chosen(body, thread.choices());
        boolean fresh = false;
        TurnResult result;
        try {
            result = handler.handle(new UserMessage(ref, chosen == null ? body : chosen, Channel.SMS, Locale.ENGLISH));
        } catch (ConversationNotFound expired) {
            fresh = openOnce(ref, outlet, from);
            result = handler.handle(new UserMessage(ref, body, Channel.SMS, Locale.ENGLISH));
        }
        List<BotMessage> said = result.messages();
        List<String> choices = said.isEmpty() ? List.of() : replies.offered(said.get(said.size() - 1).options());
        store.put(threadKey, json.writeValueAsString(new SmsThreadState(choices)), settings.dedupeWindow());
        if (fresh && !said.isEmpty() && !said.get(0).text().contains(outlet.name())) {
            // the first text of a thread says who is writing (carriers expect it)
            List<BotMessage> named = new ArrayList<>(said);
            BotMessage first = said.get(0);
            named.set(0, new BotMessage(outlet.name() + ": " + first.text(), first.expecting(), first.itemId(),
                    first.options()));
            said = named;
        }
        return new SmsAnswer(replies.render(said), result.intent());
    }

    /**
     * Opens the thread's conversation unless a text delivered at the same moment is opening it: opening twice would
     * start the second over an empty cart and lose the first text's items. The text that loses waits for the
     * conversation to exist (briefly; a turn takes milliseconds).
     *
     * @return whether this call opened it
     */
    private boolean openOnce(ConversationRef ref, TwilioOutlet outlet, String from) {
        if (store.claim(OPENING + ref.key(), OPENING_WINDOW)) {
            handler.open(ref, outlet.outletId(), Locale.ENGLISH, PhoneNumbers.isE164(from) ? from : null);
            return true;
        }
        long deadline = System.nanoTime() + OPENING_WINDOW.toNanos();
        while (handler.transcript(ref).isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(OPENING_POLL.toNanos());
        }
        return false;
    }

    private static int mediaCount(WebhookRequest webhook) {
        try {
            return webhook.get("NumMedia") == null ? 0 : Integer.parseInt(webhook.get("NumMedia").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String firstPresent(WebhookRequest webhook, String... names) {
        for (String name : names) {
            String value = webhook.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new InvalidWebhook("The webhook has no " + names[0] + ".");
    }
}
