package io.maitre.conversation;

import java.util.Optional;

/**
 * Keeps each conversation's state between turns. Entries expire after the configured idle time;
 * every save renews it. Callers hold the conversation's {@link ConversationLock} while they load,
 * change and save.
 */
public interface ConversationStore {

    Optional<Conversation> load(String key);

    void save(Conversation conversation);
}
