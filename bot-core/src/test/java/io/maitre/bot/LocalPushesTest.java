package io.maitre.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.BotMessage;
import io.maitre.channel.Channel;
import io.maitre.channel.ConversationPush;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.OrderView;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The bot's pushes check, at the point of sending, that staff do not own the conversation. */
class LocalPushesTest {

    private final Map<String, Conversation> stored = new HashMap<>();
    private final List<String> sent = new ArrayList<>();
    private final ConversationStore store = new ConversationStore() {
        @Override
        public Optional<Conversation> load(String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void save(Conversation conversation) {
            stored.put(conversation.key(), conversation);
        }
    };
    private final ConversationPush web = new ConversationPush() {
        @Override
        public boolean supports(Channel channel) {
            return channel == Channel.WEB;
        }

        @Override
        public void orderUpdated(ConversationRef conversation, OrderView order, BotMessage message) {
            sent.add(message.text());
        }

        @Override
        public void orderUpdated(ConversationRef conversation, OrderView order, BotMessage message,
                boolean escalated) {
            sent.add(message.text() + (escalated ? " [staff own it now]" : ""));
        }
    };
    private final LocalPushes pushes = new LocalPushes(List.of(web), store);
    private final ConversationRef ref = ConversationRef.web("s1");

    @Test
    void anOrderUpdateReachesTheCustomerWhileTheBotOwnsTheConversation() {
        store.save(Conversation.start(ref, "demo", "en", Instant.EPOCH));

        pushes.deliver(new CustomerUpdates.CustomerUpdate(ref, null, BotMessage.say("Your order 12 is ready.")));

        assertThat(sent).containsExactly("Your order 12 is ready.");
    }

    @Test
    void theBotSaysNothingWhileStaffOwnTheConversation() {
        Conversation conversation = Conversation.start(ref, "demo", "en", Instant.EPOCH);
        conversation.escalate("the customer asked for a person", Instant.EPOCH);
        store.save(conversation);

        pushes.deliver(new CustomerUpdates.CustomerUpdate(ref, null, BotMessage.say("Your order 12 is ready.")));

        assertThat(sent).isEmpty();
    }

    @Test
    void theBotsWordAsItHandsTheConversationToStaffIsDelivered() {
        Conversation conversation = Conversation.start(ref, "demo", "en", Instant.EPOCH);
        conversation.escalate("order 12 needs attention: Sold out: pizza", Instant.EPOCH);
        store.save(conversation);

        pushes.deliver(new CustomerUpdates.CustomerUpdate(ref, null, BotMessage.say("Your order 12 needs a moment of"
                + " our team's attention."), true));

        assertThat(sent).containsExactly("Your order 12 needs a moment of our team's attention. [staff own it now]");
    }

    @Test
    void anUpdateKeepsItsHandOffMarkOnItsWayToTheOtherInstances() {
        JsonMapper json = JsonMapper.builder().findAndAddModules().build();
        CustomerUpdates.CustomerUpdate handingOver = new CustomerUpdates.CustomerUpdate(ref, null,
                BotMessage.say("Your order 12 needs a moment of our team's attention."), true);

        assertThat(json.readValue(json.writeValueAsString(handingOver), CustomerUpdates.CustomerUpdate.class))
                .isEqualTo(handingOver);
        assertThat(json.readValue(json.writeValueAsString(new CustomerUpdates.CustomerUpdate(ref, null,
                BotMessage.say("Your order 12 is ready."))), CustomerUpdates.CustomerUpdate.class).handOff()).isFalse();
    }
}
