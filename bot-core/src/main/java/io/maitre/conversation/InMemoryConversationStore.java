package io.maitre.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The embedded default: conversations in this process's memory, with idle expiry and a bound. It keeps copies, never
 * the live object a turn works on, so a turn that fails leaves the stored conversation as it was.
 *
 * <p>It keeps at most {@code maitre.conversations.max-in-memory} conversations. Beyond that the conversation saved
 * longest ago is dropped at once, before its idle timeout, and each sweep logs how many went that way. Without the
 * bound, sessions opened faster than they expire (a flood, or a load test) would fill the heap until the service
 * failed for every customer; with it, only the customers silent longest lose their conversation. Conversations are
 * kept in the order they were last saved, so both the bound and the idle sweep drop from the oldest end.
 */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "memory", matchIfMissing = true)
class InMemoryConversationStore implements ConversationStore {

    private static final Logger log = LoggerFactory.getLogger(InMemoryConversationStore.class);

    private record Entry(Conversation snapshot, Instant expiresAt) {
    }

    private final ConversationProperties properties;
    private final Clock clock;
    /** Least recently saved first; guarded by itself. */
    private final LinkedHashMap<String, Entry> entries;
    /** Conversations dropped by the bound since the last sweep; guarded by {@link #entries}. */
    private long droppedEarly;

    InMemoryConversationStore(ConversationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        int max = properties.maxInMemory();
        this.entries = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                if (size() <= max) {
                    return false;
                }
                if (eldest.getValue().expiresAt().isAfter(clock.instant())) {
                    droppedEarly++;
                }
                return true;
            }
        };
    }

    @Override
    public Optional<Conversation> load(String key) {
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.snapshot().copy());
    }

    @Override
    public void save(Conversation conversation) {
        Entry entry = new Entry(conversation.copy(), clock.instant().plus(properties.idleTimeout()));
        synchronized (entries) {
            // removed first so that the conversation moves to the newest end
            entries.remove(conversation.key());
            entries.put(conversation.key(), entry);
        }
    }

    /** How many conversations are held, expired ones not yet swept included. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @Scheduled(fixedDelayString = "${maitre.conversations.sweep-interval:60s}")
    void evictExpired() {
        Instant now = clock.instant();
        long dropped;
        synchronized (entries) {
            // every entry expires the same idle timeout after its save, so the expired ones are the oldest
            Iterator<Entry> oldestFirst = entries.values().iterator();
            while (oldestFirst.hasNext() && !oldestFirst.next().expiresAt().isAfter(now)) {
                oldestFirst.remove();
            }
            dropped = droppedEarly;
            droppedEarly = 0;
        }
        if (dropped > 0) {
            log.warn("{} conversations were dropped before their idle timeout: more than {} were active "
                    + "(maitre.conversations.max-in-memory)", dropped, properties.maxInMemory());
        }
    }
}
