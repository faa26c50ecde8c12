package io.maitre.bot;

import io.maitre.bot.CustomerUpdates.CustomerUpdate;
import io.maitre.channel.ConversationPush;
import java.util.List;
import org.springframework.stereotype.Component;

/** Delivers an update to the channel adapters of this instance that serve its conversation. */
@Component
public class LocalPushes {

    private final List<ConversationPush> pushes;

    LocalPushes(List<ConversationPush> pushes) {
        this.pushes = pushes;
    }

    public void deliver(CustomerUpdate update) {
        pushes.stream().filter(p -> p.supports(update.conversation().channel()))
                .forEach(p -> p.orderUpdated(update.conversation(), update.order(), update.message()));
    }
}
