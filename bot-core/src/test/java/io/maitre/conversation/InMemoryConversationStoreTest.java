package io.maitre.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.ConversationRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryConversationStoreTest {

    private static final Instant START = Instant.parse("2026-12-07T18:00:00Z");

    private final SettableClock clock = new SettableClock(START);

    @Test
    void dropsTheConversationSavedLongestAgoBeyondTheBound() {
        InMemoryConversationStore store = store(2);
        store.save(conversation("a"));
        store.save(conversation("b"));
        store.save(conversation("c"));

        assertThat(store.load(key("a"))).isEmpty();
        assertThat(store.load(key("b"))).isPresent();
        assertThat(store.load(key("c"))).isPresent();
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void aConversationSavedAgainIsTheNewest() {
        InMemoryConversationStore store = store(2);
        store.save(conversation("a"));
        store.save(conversation("b"));
        store.save(store.load(key("a")).orElseThrow());
        store.save(conversation("c"));

        assertThat(store.load(key("a"))).isPresent();
        assertThat(store.load(key("b"))).isEmpty();
    }

    @Test
    void loadingDoesNotCountAsActivity() {
        InMemoryConversationStore store = store(2);
        store.save(conversation("a"));
        store.save(conversation("b"));
        store.load(key("a"));
        store.save(conversation("c"));

        assertThat(store.load(key("a"))).isEmpty();
    }

    @Test
    void forgetsConversationsIdleLongerThanTheTimeoutAndKeepsTheOthers() {
        InMemoryConversationStore store = store(100);
        store.save(conversation("old"));
        clock.advance(Duration.ofMinutes(20));
        store.save(conversation("recent"));
        clock.advance(Duration.ofMinutes(15));

        assertThat(store.load(key("old"))).as("expired, even before the sweep").isEmpty();
        store.evictExpired();

        assertThat(store.size()).isEqualTo(1);
        assertThat(store.load(key("recent"))).isPresent();
    }

    private InMemoryConversationStore store(int maxInMemory) {
        return new InMemoryConversationStore(new ConversationProperties("memory", Duration.ofMinutes(30),
                Duration.ofSeconds(5), Duration.ofSeconds(30), 50, maxInMemory), clock);
    }

    private Conversation conversation(String session) {
        return Conversation.start(ConversationRef.web(session), "demo", "en", clock.instant());
    }

    private static String key(String session) {
        return ConversationRef.web(session).key();
    }

    private static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
