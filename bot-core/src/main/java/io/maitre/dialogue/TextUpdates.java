package io.maitre.dialogue;

import io.maitre.channel.Channel;
import io.maitre.channel.PhoneConfirmation;
import io.maitre.channel.PhoneConfirmation.CodeCheck;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Text me updates" in web chat. Nothing vouches for a number typed into the chat, so before any text goes to it the
 * bot has a six-digit code texted there and asks the customer to type it back; only then do the conversation's order
 * updates go to that number by text. Texters and callers are texted at their own number already.
 */
final class TextUpdates {

    /** "text me updates", "send me text updates", "updates by text", "text me when it's ready", "text me at ...". */
    private static final Pattern ASKS = Pattern.compile("\\b(?:(?:text|sms)\\s+(?:me\\s+)?(?:the\\s+)?updates?"
            + "|updates?\\s+(?:by|via|over|through)\\s+(?:text|sms)|text\\s+me\\s+(?:when|once|if|at)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEW_CODE = Pattern.compile("\\b(?:new|another|resend|send\\s+again)\\b.*\\bcode\\b"
            + "|\\bresend\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE = Pattern.compile("\\s*(\\d{3})[\\s-]?(\\d{3})\\s*[.!]?\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9][0-9().\\s-]{5,}[0-9]");
    static final String SEND_NEW_CODE = "Send a new code";

    private final PhoneConfirmation confirmation;

    /** @param confirmation the SMS channel's confirmations, or {@code null} when texts cannot be sent at all */
    TextUpdates(PhoneConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    /** Whether the customer asks for updates by text. */
    static boolean asks(Turn turn) {
        return ASKS.matcher(turn.heard().text()).find();
    }

    /** Whether the conversation waits for a code, or the message is a bare code in web chat, which it then takes. */
    boolean answersCode(Turn turn) {
        Conversation c = turn.conversation();
        if (c.ref().channel() != Channel.WEB || confirmation == null) {
            return false;
        }
        boolean waiting = c.state() instanceof DialogueState.AwaitingCode;
        var code = CODE.matcher(turn.heard().text());
        if (!code.matches()) {
            if (waiting && NEW_CODE.matcher(turn.heard().text()).find()) {
                start(turn, ((DialogueState.AwaitingCode) c.state()).number());
                return true;
            }
            return false;
        }
        CodeCheck checked = confirmation.check(c.ref(), code.group(1) + code.group(2));
        switch (checked) {
            case CONFIRMED -> turn.reply().say("Thanks, your number is confirmed. I'll text updates on your order "
                    + "to " + confirmation.confirmed(c.ref()).orElse("it") + ".");
            case WRONG -> {
                String again = "That code doesn't match. Please check the text and type the 6 digits again.";
                if (waiting) {
                    turn.reply().ask(c.state(), again, List.of(SEND_NEW_CODE));
                } else {
                    turn.reply().say(again);
                }
            }
            case EXPIRED -> turn.reply().say("That code has expired. Say \"text me updates\" and I'll send a new one.");
            case TOO_MANY_TRIES -> turn.reply().say("That code didn't match too many times, so I've cancelled it. "
                    + "Say \"text me updates\" and I'll send a new one.");
            case NONE -> {
                if (!waiting) {
                    return false;
                }
                turn.reply().say("I don't have a code waiting for this chat. Say \"text me updates\" to get one.");
            }
        }
        return true;
    }

    /** Answers "text me updates": on web chat, by texting a code to the number to confirm it. */
    void request(Turn turn) {
        Conversation c = turn.conversation();
        if (c.ref().channel() == Channel.SMS) {
            turn.reply().say("You'll get a text here whenever your order moves along.");
            return;
        }
        if (c.ref().channel() == Channel.VOICE) {
            turn.reply().say("Once your order is placed, we'll text updates to the number you're calling from.");
            return;
        }
        String outlet = turn.menu().outletId().value();
        if (confirmation == null || !confirmation.available(outlet)) {
            turn.reply().say("Sorry, I can't send texts from here yet. You can ask me about your order here in the "
                    + "chat at any time.");
            return;
        }
        Optional<String> typed = turn.heard().entity("phone").or(() -> digits(turn.heard().text()));
        Optional<String> confirmed = confirmation.confirmed(c.ref());
        if (typed.isEmpty() && confirmed.isPresent()) {
            turn.reply().say("Your order updates already go by text to " + confirmed.get() + ".");
            return;
        }
        Optional<String> asked = typed.or(() -> Optional.ofNullable(c.customerPhone()));
        if (asked.isEmpty()) {
            turn.reply().say("Sure. Which number should I text? Type it like \"text me at 212 555 0142\".");
            return;
        }
        Optional<String> number = confirmation.textable(outlet, asked.get());
        if (number.isEmpty()) {
            turn.reply().say("Sorry, I can't text " + asked.get() + ". Please type the number with its area code, "
                    + "like \"text me at 212 555 0142\".");
            return;
        }
        start(turn, number.get());
    }

    /** After a web chat order is placed: offers updates by text when they can be sent and are not set up yet. */
    Optional<String> offer(Turn turn) {
        Conversation c = turn.conversation();
        if (c.ref().channel() != Channel.WEB || confirmation == null
                || !confirmation.available(turn.menu().outletId().value())
                || confirmation.confirmed(c.ref()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("Would you like updates on it by text? Just say \"text me updates\".");
    }

    private void start(Turn turn, String number) {
        Conversation c = turn.conversation();
        switch (confirmation.sendCode(c.ref(), turn.menu().outletId().value(), number)) {
            case SENT -> turn.reply().ask(new DialogueState.AwaitingCode(number), "I've texted a 6-digit code to "
                    + number + ". Please type it here to confirm the number is yours, and I'll text your order "
                    + "updates to it.", List.of(SEND_NEW_CODE));
            case TOO_MANY -> turn.reply().say("I've sent several codes already. Please try again in an hour.");
            case OPTED_OUT -> turn.reply().say(number + " has asked us not to text it. Text START to "
                    + turn.menu().rules().phoneNumbers().stream().findFirst().orElse("us") + " from that phone, then "
                    + "ask me again.");
            case UNAVAILABLE -> turn.reply().say("Sorry, I can't send texts from here yet. You can ask me about your "
                    + "order here in the chat at any time.");
        }
    }

    private static Optional<String> digits(String text) {
        var found = DIGITS.matcher(text);
        return found.find() ? Optional.of(found.group()) : Optional.empty();
    }
}
