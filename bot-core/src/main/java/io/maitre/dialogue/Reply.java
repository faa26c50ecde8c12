package io.maitre.dialogue;

import io.maitre.channel.BotMessage;
import io.maitre.conversation.DialogueState;
import io.maitre.order.OrderDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The messages one turn answers with; at most one question, always last. */
final class Reply {

    private final List<String> statements = new ArrayList<>();
    private BotMessage question;
    private DialogueState next;
    private OrderDetails placed;

    void say(String text) {
        statements.add(text);
    }

    /** Asks a question, which moves the conversation to the state that waits for its answer. */
    void ask(DialogueState waitingFor, String text, List<String> options) {
        question = new BotMessage(text, waitingFor.expecting(), waitingFor.itemId(), options);
        next = waitingFor;
    }

    /** The state the question asked leaves the conversation in, if one was asked. */
    Optional<DialogueState> next() {
        return Optional.ofNullable(next);
    }

    /** Takes the question back, to ask it another way. */
    BotMessage unask() {
        BotMessage asked = question;
        question = null;
        next = null;
        return asked;
    }

    boolean asked() {
        return question != null;
    }

    /** Records the order this turn placed. */
    void placed(OrderDetails order) {
        placed = order;
    }

    Answer answer() {
        return new Answer(messages(), Optional.ofNullable(placed));
    }

    private List<BotMessage> messages() {
        List<BotMessage> out = new ArrayList<>();
        statements.forEach(s -> out.add(BotMessage.say(s)));
        if (question != null) {
            out.add(question);
        }
        if (out.isEmpty()) {
            out.add(BotMessage.say("Is there anything else I can help with?"));
        }
        return out;
    }
}
