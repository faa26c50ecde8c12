package io.maitre.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.ConversationRef;
import io.maitre.channel.TranscriptEntry;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationCodec;
import io.maitre.conversation.ConversationLock;
import io.maitre.conversation.ConversationProperties;
import io.maitre.conversation.ConversationStore;
import io.maitre.conversation.DialogueState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A conversation whose order the kitchen side held goes to staff, like a hand-off the bot makes in a turn. */
class OrderHandOffsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T18:00:00Z"), ZoneOffset.UTC);
    private static final String REASON = "order 007 needs attention: No kitchen terminal took the ticket within 5 min";
    private static final String WORDS = "Your order 007 needs a moment of our team's attention.";

    private final ConversationCodec codec = new ConversationCodec(JsonMapper.builder().findAndAddModules().build());
    private final Map<String, String> stored = new HashMap<>();
    private final List<String> locked = new ArrayList<>();
    private final List<Conversation> observed = new ArrayList<>();
    private final ConversationStore store = new ConversationStore() {
        @Override
        public Optional<Conversation> load(String key) {
            return Optional.ofNullable(stored.get(key)).map(codec::read);
        }

        @Override
        public void save(Conversation conversation) {
            stored.put(conversation.key(), codec.write(conversation));
        }
    };
    private final ConversationLock lock = new ConversationLock() {
        @Override
        public <T> T withLock(String key, Supplier<T> work) {
            locked.add(key);
            return work.get();
        }
    };
    private final OrderHandOffs handOffs = new OrderHandOffs(store, lock,
            new ConversationProperties("memory", Duration.ofMinutes(30), Duration.ofSeconds(1), Duration.ofSeconds(30),
                    200, 10_000),
            List.of(observed::add, c -> {
                throw new IllegalStateException("a broken observer does not stop the hand-off");
            }), CLOCK);
    private final ConversationRef ref = ConversationRef.web("held");

    @Test
    void theConversationGoesToStaffWithTheReasonAndTheBotsWordIsKept() {
        Conversation c = Conversation.start(ref, "demo", "en", CLOCK.instant().minusSeconds(60));
        c.moveTo(new DialogueState.Idle(), true);
        store.save(c);

        assertThat(handOffs.handOff(ref, REASON, WORDS)).isEqualTo(OrderHandOffs.Outcome.HANDED_OFF);

        Conversation after = store.load(ref.key()).orElseThrow();
        assertThat(after.state()).isInstanceOfSatisfying(DialogueState.OwnedByStaff.class, owned -> {
            assertThat(owned.reason()).isEqualTo(REASON);
            assertThat(owned.staffMember()).isNull();
            assertThat(owned.since()).isEqualTo(CLOCK.instant());
        });
        assertThat(after.transcript()).last().extracting(TranscriptEntry::from, TranscriptEntry::text)
                .containsExactly("bot", WORDS);
        assertThat(observed).singleElement().satisfies(o -> assertThat(o.escalated()).isTrue());
        assertThat(locked).containsExactly(ref.key());
    }

    @Test
    void aConversationStaffAlreadyHaveIsLeftAsItIs() {
        Conversation c = Conversation.start(ref, "demo", "en", CLOCK.instant());
        c.escalate("the customer asked for a person", CLOCK.instant());
        store.save(c);
        String before = stored.get(ref.key());

        assertThat(handOffs.handOff(ref, REASON, WORDS)).isEqualTo(OrderHandOffs.Outcome.WITH_STAFF);

        assertThat(stored.get(ref.key())).isEqualTo(before);
        assertThat(observed).isEmpty();
    }

    @Test
    void anEndedConversationIsGone() {
        assertThat(handOffs.handOff(ref, REASON, WORDS)).isEqualTo(OrderHandOffs.Outcome.GONE);
        assertThat(stored).isEmpty();
    }
}
