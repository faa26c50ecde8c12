package io.maitre.conversation.redis;

import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationCodec;
import io.maitre.conversation.ConversationProperties;
import io.maitre.conversation.ConversationStore;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** Conversations as JSON strings in Redis, expiring after the idle timeout; every save renews it. */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "redis")
class RedisConversationStore implements ConversationStore {

    static final String PREFIX = "maitre:conversation:";

    private final StringRedisTemplate redis;
    private final ConversationCodec codec;
    private final ConversationProperties properties;

    RedisConversationStore(StringRedisTemplate redis, ConversationCodec codec, ConversationProperties properties) {
        this.redis = redis;
        this.codec = codec;
        this.properties = properties;
    }

    @Override
    public Optional<Conversation> load(String key) {
        return Optional.ofNullable(redis.opsForValue().get(PREFIX + key)).map(codec::read);
    }

    @Override
    public void save(Conversation conversation) {
        redis.opsForValue().set(PREFIX + conversation.key(), codec.write(conversation), properties.idleTimeout());
    }
}
