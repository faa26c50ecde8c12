package io.maitre.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which conversations are live, for the console's list, and which staff closed. The conversations themselves stay
 * in the conversation store; the board keeps only their keys, so it may lag behind the store's expiry.
 */
public interface Board {

    /** The conversation changed at {@code at}. */
    void touch(String conversationKey, Instant at);

    /** Keys of conversations changed after {@code since}, most recent first. */
    List<String> since(Instant since);

    void closed(String conversationKey, Closure closure);

    Optional<Closure> closure(String conversationKey);

    void reopened(String conversationKey);

    /** Who closed a conversation and when. */
    record Closure(String by, Instant at) {
    }
}
