package io.maitre.conversation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * One fair lock per active conversation in this process: waiting turns are served first come, first
 * served. Locks are reference-counted and dropped when no turn holds or waits for them.
 */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "memory", matchIfMissing = true)
class LocalConversationLock implements ConversationLock {

    private static final class Counted {
        final ReentrantLock lock = new ReentrantLock(true);
        int users;
    }

    private final Map<String, Counted> locks = new ConcurrentHashMap<>();
    private final ConversationProperties properties;

    LocalConversationLock(ConversationProperties properties) {
        this.properties = properties;
    }

    @Override
    public <T> T withLock(String key, Supplier<T> work) {
        Counted counted = locks.compute(key, (k, c) -> {
            Counted lock = c == null ? new Counted() : c;
            lock.users++;
            return lock;
        });
        try {
            if (!counted.lock.tryLock(properties.lockWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ConversationBusy(key);
            }
            try {
                return work.get();
            } finally {
                counted.lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConversationBusy(key);
        } finally {
            locks.computeIfPresent(key, (k, c) -> --c.users == 0 ? null : c);
        }
    }

    int activeLocks() {
        return locks.size();
    }

    int queueLength(String key) {
        Counted counted = locks.get(key);
        return counted == null ? 0 : counted.lock.getQueueLength();
    }
}
