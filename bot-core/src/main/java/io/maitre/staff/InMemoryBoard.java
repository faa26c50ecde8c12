package io.maitre.staff;

import io.maitre.conversation.ConversationProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Embedded mode: the board in this process's memory, forgetting conversations idle longer than the store keeps them. */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "memory", matchIfMissing = true)
class InMemoryBoard implements Board {

    private final Map<String, Instant> touched = new ConcurrentHashMap<>();
    private final Map<String, Closure> closures = new ConcurrentHashMap<>();
    private final ConversationProperties properties;
    private final Clock clock;

    InMemoryBoard(ConversationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void touch(String conversationKey, Instant at) {
        touched.merge(conversationKey, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public List<String> since(Instant since) {
        return touched.entrySet().stream().filter(e -> e.getValue().isAfter(since))
                .sorted(Map.Entry.<String, Instant>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public void closed(String conversationKey, Closure closure) {
        closures.put(conversationKey, closure);
    }

    @Override
    public Optional<Closure> closure(String conversationKey) {
        return Optional.ofNullable(closures.get(conversationKey));
    }

    @Override
    public void reopened(String conversationKey) {
        closures.remove(conversationKey);
    }

    @Scheduled(fixedDelayString = "${maitre.conversations.sweep-interval:60s}")
    void forgetIdle() {
        Instant cutoff = clock.instant().minus(properties.idleTimeout());
        touched.values().removeIf(at -> !at.isAfter(cutoff));
        closures.keySet().removeIf(key -> !touched.containsKey(key));
    }
}
