package io.maitre.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The embedded default: conversations in this process's memory, with idle expiry. It keeps copies, never the live
 * object a turn works on, so a turn that fails leaves the stored conversation as it was.
 */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "memory", matchIfMissing = true)
class InMemoryConversationStore implements ConversationStore {

    private record Entry(Conversation snapshot, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConversationProperties properties;
    private final Clock clock;

    InMemoryConversationStore(ConversationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Optional<Conversation> load(String key) {
        Entry entry = entries.get(key);
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.snapshot().copy());
    }

    @Override
    public void save(Conversation conversation) {
        entries.put(conversation.key(),
                new Entry(conversation.copy(), clock.instant().plus(properties.idleTimeout())));
    }

    @Scheduled(fixedDelayString = "${maitre.conversations.sweep-interval:60s}")
    void evictExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
    }
}
