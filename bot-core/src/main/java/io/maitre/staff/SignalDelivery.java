package io.maitre.staff;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationPush;
import io.maitre.channel.ConversationRef;
import java.util.List;
import org.springframework.stereotype.Component;

/** Acts on a signal on this instance: consoles get every signal, the customer's channel gets its messages. */
@Component
public class SignalDelivery {

    private final List<ConsoleSockets> consoles;
    private final List<ConversationPush> pushes;

    SignalDelivery(List<ConsoleSockets> consoles, List<ConversationPush> pushes) {
        this.consoles = consoles;
        this.pushes = pushes;
    }

    public void deliver(StaffSignal signal) {
        if (StaffSignal.CUSTOMER.equals(signal.kind())) {
            ConversationRef ref = ConversationRef.ofKey(signal.conversationKey());
            BotMessage message = BotMessage.say(signal.text());
            pushes.stream().filter(p -> p.supports(ref.channel()))
                    .forEach(p -> p.said(ref, signal.from(), message, signal.escalated()));
            return;
        }
        consoles.forEach(c -> c.broadcast(signal));
    }
}
