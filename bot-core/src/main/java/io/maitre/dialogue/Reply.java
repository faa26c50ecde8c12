package io.maitre.dialogue;

import io.maitre.channel.BotMessage;
import io.maitre.channel.Expecting;
import java.util.ArrayList;
import java.util.List;

/** The messages one turn answers with; at most one question, always last. */
final class Reply {

    private final List<String> statements = new ArrayList<>();
    private BotMessage question;

    void say(String text) {
        statements.add(text);
    }

    void ask(String text, Expecting expecting, String itemId, List<String> options) {
        question = new BotMessage(text, expecting, itemId, options);
    }

    boolean asked() {
        return question != null;
    }

    List<BotMessage> messages() {
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
