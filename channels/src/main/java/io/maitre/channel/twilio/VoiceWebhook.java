package io.maitre.channel.twilio;

import io.maitre.channel.BotMessage;
import io.maitre.channel.Channel;
import io.maitre.channel.ConversationNotFound;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.Expecting;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.Transcript;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UserMessage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The voice channel's use cases (docs/twilio.md): a call comes in, the caller answers a {@code <Gather>}, Twilio falls
 * back. Each answer is TwiML. The bot keeps the conversation (keyed by the call's id); this class keeps what only a
 * call needs: silences in a row, an answer heard with low confidence awaiting the caller's yes, the keys that pick
 * quick replies, and the last TwiML, which a repeated webhook gets again. Once staff own the conversation (the bot
 * handed it off, or a member took it over) the next webhook puts the caller through to the outlet's staff number;
 * nothing of the bot's is said meanwhile, not even a reprompt after a silence.
 */
final class VoiceWebhook {

    private static final Logger log = LoggerFactory.getLogger(VoiceWebhook.class);
    private static final String CALL = "maitre:twilio:call:";
    private static final Set<String> KEY_ANSWERS = Set.of(Expecting.NAME.id(), Expecting.ADDRESS.id(),
            Expecting.TIME.id(), Expecting.CONFIRMATION.id());
    private static final Pattern YES = Pattern.compile("^(yes|yeah|yep|yup|correct|right|sure|ok|okay|that's right"
            + "|that is right)\\b.*");
    private static final Pattern NO = Pattern.compile("^(no|nope|wrong|incorrect|not)\\b.*");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");
    private static final String PERSON = "I'd like to speak to a person.";

    /** The TwiML to answer with and, for diagnostics, the intent the bot understood. */
    record VoiceAnswer(String twiml, String intent) {
    }

    private enum YesNo { YES, NO, NEITHER }

    private final MessageHandler handler;
    private final TwilioOutlets outlets;
    private final TwilioStore store;
    private final TwilioProperties.Voice settings;
    private final JsonMapper json;

    VoiceWebhook(MessageHandler handler, TwilioOutlets outlets, TwilioStore store, TwilioProperties.Voice settings,
            JsonMapper json) {
        this.handler = handler;
        this.outlets = outlets;
        this.store = store;
        this.settings = settings;
        this.json = json;
    }

    /** A call comes in: greet the caller and listen. A repeated webhook for the same call gets the same answer. */
    VoiceAnswer incoming(WebhookRequest webhook, String actionUrl) {
        String callSid = webhook.require("CallSid");
        String to = webhook.require("To");
        Optional<TwilioOutlet> outlet = outlets.byNumber(to);
        if (outlet.isEmpty()) {
            log.warn("Call to {}, which no outlet lists among its phoneNumbers", PhoneNumbers.mask(to));
            return new VoiceAnswer(Twiml.goodbye("Sorry, this number isn't set up to take orders yet. Goodbye.",
                    gatherSettings(actionUrl, null)), null);
        }
        Optional<CallState> known = load(callSid);
        if (known.isPresent() && known.get().lastTwiml() != null) {
            return new VoiceAnswer(known.get().lastTwiml(), null);
        }
        return open(callSid, webhook, outlet.get(), actionUrl, "");
    }

    /** The caller's turn: speech, a key, or silence. */
    VoiceAnswer gathered(WebhookRequest webhook, String actionUrl) {
        String callSid = webhook.require("CallSid");
        String to = webhook.require("To");
        Optional<TwilioOutlet> found = outlets.byNumber(to);
        if (found.isEmpty()) {
            return new VoiceAnswer(Twiml.goodbye("Sorry, this number isn't set up to take orders yet. Goodbye.",
                    gatherSettings(actionUrl, null)), null);
        }
        TwilioOutlet outlet = found.get();
        String dialed = blankToNull(webhook.get("DialCallStatus"));
        if (dialed != null) {
            return new VoiceAnswer(Twiml.afterTransfer(dialed, gatherSettings(actionUrl, outlet)), null);
        }
        String token = blankToNull(webhook.idempotencyToken());
        Optional<CallState> known = load(callSid);
        if (known.isEmpty()) {
            return open(callSid, webhook, outlet, actionUrl, "");
        }
        CallState state = known.get();
        if (token != null && token.equals(state.lastToken()) && state.lastTwiml() != null) {
            return new VoiceAnswer(state.lastTwiml(), null);
        }
        Twiml.GatherSettings gather = gatherSettings(actionUrl, outlet);
        String speech = blankToNull(webhook.get("SpeechResult"));
        String digits = blankToNull(webhook.get("Digits"));
        if (speech == null && digits == null) {
            if (staffOwn(callSid)) {
                return finish(callSid, state, transfer("", outlet, gather), token, null, false);
            }
            return silence(callSid, state, outlet, gather, token);
        }
        if (state.pendingSpeech() != null) {
            YesNo answer = yesOrNo(speech, digits);
            if (answer == YesNo.YES) {
                return turn(callSid, webhook, state.withoutPending(), state.pendingSpeech(), false, outlet, gather,
                        token, actionUrl);
            }
            state = state.withoutPending();
            if (answer == YesNo.NO) {
                return listen(callSid, state, "Sorry about that. " + state.prompt(), gather, token, null);
            }
        }
        if (digits != null) {
            if (digits.equals("0")) {
                return turn(callSid, webhook, state, PERSON, true, outlet, gather, token, actionUrl);
            }
            String chosen = SmsReplies.chosen(digits, state.choices());
            return turn(callSid, webhook, state, chosen == null ? digits : chosen, false, outlet, gather, token,
                    actionUrl);
        }
        if (confidence(webhook) < settings.lowConfidence() && KEY_ANSWERS.contains(state.expecting())
                && !staffOwn(callSid)) {
            CallState confirming = state.confirming(speech);
            return listen(callSid, confirming, "I heard: " + Speech.forTheEar(speech) + ". Is that right? Press 1 or"
                    + " say yes. Press 2 or say no.", gather, token, null);
        }
        return turn(callSid, webhook, state, speech, false, outlet, gather, token, actionUrl);
    }

    /** Twilio could not reach us or got an error: apologise and put the caller through to the restaurant. */
    VoiceAnswer fallback(WebhookRequest webhook) {
        String to = webhook.get("To");
        log.warn("Voice fallback for call {} (error {})", webhook.get("CallSid"), webhook.get("ErrorCode"));
        Optional<TwilioOutlet> outlet = to == null ? Optional.empty() : outlets.byNumber(to);
        Twiml.GatherSettings say = gatherSettings(null, null);
        if (outlet.isPresent() && outlet.get().staffNumber() != null) {
            return new VoiceAnswer(Twiml.transfer("Sorry, we're having trouble on our side. Let me put you through"
                    + " to the restaurant.", outlet.get().staffNumber(), say), null);
        }
        return new VoiceAnswer(Twiml.goodbye("Sorry, we're having trouble taking orders right now. Please call again"
                + " in a few minutes. Goodbye.", say), null);
    }

    private VoiceAnswer open(String callSid, WebhookRequest webhook, TwilioOutlet outlet, String actionUrl,
            String preface) {
        String from = webhook.get("From");
        TurnResult greeting = handler.open(ConversationRef.voice(callSid), outlet.outletId(), Locale.ENGLISH,
                PhoneNumbers.isE164(from) ? from : null);
        return respond(callSid, CallState.to(outlet.outletId()), greeting, preface, false, outlet, gatherSettings(actionUrl, outlet),
                blankToNull(webhook.idempotencyToken()));
    }

    private VoiceAnswer turn(String callSid, WebhookRequest webhook, CallState state, String text,
            boolean wantsPerson, TwilioOutlet outlet, Twiml.GatherSettings gather, String token, String actionUrl) {
        ConversationRef ref = ConversationRef.voice(callSid);
        TurnResult result;
        try {
            result = handler.handle(new UserMessage(ref, text, Channel.VOICE, Locale.ENGLISH));
        } catch (ConversationNotFound expired) {
            return open(callSid, webhook, outlet, actionUrl, "Sorry, I lost track of our call. Let's start again. ");
        }
        return respond(callSid, state, result, "", wantsPerson, outlet, gather, token);
    }

    private VoiceAnswer respond(String callSid, CallState state, TurnResult result, String preface,
            boolean wantsPerson, TwilioOutlet outlet, Twiml.GatherSettings gather, String token) {
        List<BotMessage> said = result.messages();
        String spoken = (preface + said.stream().map(m -> Speech.forTheEar(m.text()))
                .collect(Collectors.joining(" "))).strip();
        if (result.escalated() || wantsPerson) {
            return finish(callSid, state, transfer(spoken, outlet, gather), token, result.intent(), false);
        }
        if (result.order() != null && !Objects.equals(result.order().orderId(), state.orderId())) {
            String twiml = Twiml.goodbye(spoken + " Thank you for calling. Goodbye.", gather);
            return finish(callSid, state.placed(result.order().orderId()), twiml, token, result.intent(), false);
        }
        BotMessage last = said.isEmpty() ? null : said.get(said.size() - 1);
        if (last == null) {
            return listen(callSid, state, state.prompt() == null ? "Are you still there?" : state.prompt(), gather,
                    token, result.intent());
        }
        List<String> choices = last.options().stream().limit(9).toList();
        String keys = keysPrompt(last, choices);
        String prompt = (spoken + " " + keys).strip();
        String question = (question(Speech.forTheEar(last.text())) + " " + keys).strip();
        CallState asked = state.asked(prompt, question, last.expecting() == null ? null : last.expecting().id(),
                choices);
        return listen(callSid, asked, prompt, gather, token, result.intent());
    }

    private VoiceAnswer silence(String callSid, CallState state, TwilioOutlet outlet, Twiml.GatherSettings gather,
            String token) {
        CallState silent = state.silent();
        String again = silent.pendingSpeech() != null
                ? "I heard: " + Speech.forTheEar(silent.pendingSpeech()) + ". Is that right? Press 1 or say yes."
                        + " Press 2 or say no."
                : silent.prompt();
        return switch (silent.silences()) {
            case 1 -> listen(callSid, silent, "Sorry, I didn't catch that. " + again, gather, token, null);
            case 2 -> listen(callSid, silent, silent.pendingSpeech() != null ? again : silent.shortPrompt(), gather,
                    token, null);
            case 3 -> listen(callSid, silent, "You can also press 0 to talk to someone at the restaurant. "
                    + (silent.pendingSpeech() != null ? again : silent.shortPrompt()), gather, token, null);
            default -> finish(callSid, silent, outlet.staffNumber() != null
                    ? Twiml.transfer("I'm having trouble hearing you. Let me put you through to the restaurant.",
                            outlet.staffNumber(), gather)
                    : Twiml.goodbye("I'm having trouble hearing you. Please call again, or send us a text. Goodbye.",
                            gather), token, null, false);
        };
    }

    private VoiceAnswer listen(String callSid, CallState state, String spoken, Twiml.GatherSettings gather,
            String token, String intent) {
        return finish(callSid, state, Twiml.gather(spoken, gather), token, intent, true);
    }

    /** Answers the webhook, remembering the answer and whether it listens for more ({@code gathering}). */
    private VoiceAnswer finish(String callSid, CallState state, String twiml, String token, String intent,
            boolean gathering) {
        store.put(CALL + callSid, json.writeValueAsString(state.answered(token, twiml, gathering)),
                settings.callWindow());
        return new VoiceAnswer(twiml, intent);
    }

    private static String transfer(String spoken, TwilioOutlet outlet, Twiml.GatherSettings gather) {
        return Twiml.handOver(spoken, outlet.staffNumber(), gather);
    }

    /** Whether staff own the call's conversation, so that the bot (and this channel for it) says nothing. */
    private boolean staffOwn(String callSid) {
        return handler.transcript(ConversationRef.voice(callSid)).map(Transcript::escalated).orElse(false);
    }

    /** The keys the caller may press, said after the bot's question; never a written list of quick replies. */
    static String keysPrompt(BotMessage last, List<String> choices) {
        if (last.expecting() == Expecting.CONFIRMATION) {
            return "Press 1 or say yes to place it. Press 2 to change something.";
        }
        if (choices.isEmpty() || choices.size() > 5 || last.expecting() == null || last.expecting() == Expecting.ITEM) {
            return "";
        }
        StringBuilder text = new StringBuilder("Press 1 for ").append(spokenChoice(choices.get(0)));
        for (int i = 1; i < choices.size(); i++) {
            text.append(i == choices.size() - 1 ? ", or " : ", ").append(i + 1).append(" for ")
                    .append(spokenChoice(choices.get(i)));
        }
        return text.append('.').toString();
    }

    private static String spokenChoice(String choice) {
        String spoken = Speech.forTheEar(choice).replaceAll("[.!?]+$", "");
        return spoken.isEmpty() ? spoken : Character.toLowerCase(spoken.charAt(0)) + spoken.substring(1);
    }

    /** The last question of a message, or its last sentence. */
    private static String question(String spoken) {
        String[] sentences = SENTENCE.split(spoken);
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].strip().endsWith("?")) {
                return sentences[i].strip();
            }
        }
        return sentences.length == 0 ? spoken : sentences[sentences.length - 1].strip();
    }

    private Twiml.GatherSettings gatherSettings(String actionUrl, TwilioOutlet outlet) {
        String hints = outlet == null ? null : outlet.hints().stream()
                .map(String::strip).filter(h -> !h.isEmpty() && h.length() <= 100 && !h.contains(","))
                .distinct().limit(settings.maxHints()).collect(Collectors.joining(","));
        return new Twiml.GatherSettings(actionUrl, settings.speechTimeout(), settings.timeout(), settings.language(),
                settings.sayVoice(), hints);
    }

    private static YesNo yesOrNo(String speech, String digits) {
        if (digits != null) {
            return digits.equals("1") ? YesNo.YES : digits.equals("2") ? YesNo.NO : YesNo.NEITHER;
        }
        String said = speech.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").strip();
        return YES.matcher(said).matches() ? YesNo.YES : NO.matcher(said).matches() ? YesNo.NO : YesNo.NEITHER;
    }

    private static double confidence(WebhookRequest webhook) {
        String value = webhook.get("Confidence");
        if (value == null || value.isBlank()) {
            return 1.0;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return 1.0;
        }
    }

    private Optional<CallState> load(String callSid) {
        return store.get(CALL + callSid).map(s -> json.readValue(s, CallState.class));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
