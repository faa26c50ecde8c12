package io.maitre.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where conversations live and for how long.
 *
 * @param store {@code memory} (embedded default) or {@code redis} (production)
 * @param idleTimeout how long an untouched conversation is kept
 * @param lockWait how long a turn waits for the conversation's earlier turns
 * @param lockLease how long a lock holder that stopped responding keeps the lock (Redis)
 * @param transcriptLimit how many transcript entries a conversation keeps
 * @param maxInMemory how many conversations the embedded store keeps at most: beyond it the one saved longest ago is
 *     dropped before its idle timeout, so that a flood of sessions cannot exhaust the heap
 */
@ConfigurationProperties("maitre.conversations")
public record ConversationProperties(@DefaultValue("memory") String store,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("10s") Duration lockWait,
        @DefaultValue("30s") Duration lockLease,
        @DefaultValue("200") int transcriptLimit,
        @DefaultValue("10000") int maxInMemory) {

    public ConversationProperties {
        if (maxInMemory < 1) {
            throw new IllegalArgumentException("maitre.conversations.max-in-memory must be positive, not " + maxInMemory);
        }
    }
}
