package io.maitre.conversation;

/**
 * Told after a turn or a new conversation has been saved, still under the conversation's lock, so that
 * watchers (the staff console) see every customer message and every hand-off as it happens.
 */
public interface ConversationObserver {

    /** The conversation as just saved; implementations must not change it and must not throw. */
    void saved(Conversation conversation);
}
