package io.maitre.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The embedded default: conversations in this process's memory, as JSON copies, with idle expiry. */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "memory", matchIfMissing = true)
class InMemoryConversationStore implements ConversationStore {

    private record Entry(String json, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConversationCodec codec;
    private final ConversationProperties properties;
    private final Clock clock;

    InMemoryConversationStore(ConversationCodec codec, ConversationProperties properties, Clock clock) {
        this.codec = codec;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Optional<Conversation> load(String key) {
        Entry entry = entries.get(key);
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(codec.read(entry.json()));
    }

    @Override
    public void save(Conversation conversation) {
        entries.put(conversation.key(),
                new Entry(codec.write(conversation), clock.instant().plus(properties.idleTimeout())));
    }

    @Scheduled(fixedDelayString = "${maitre.conversations.sweep-interval:60s}")
    void evictExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
    }
}
