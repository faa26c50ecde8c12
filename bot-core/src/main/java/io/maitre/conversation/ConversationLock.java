package io.maitre.conversation;

import java.util.function.Supplier;

/**
 * Serializes the turns of one conversation: callers for the same key run one at a time, in the order
 * they asked for the lock; different keys never wait on each other.
 */
public interface ConversationLock {

    /**
     * Runs {@code work} while holding the lock for {@code key}.
     *
     * @throws ConversationBusy when the lock could not be had within the configured wait
     */
    <T> T withLock(String key, Supplier<T> work);
}
