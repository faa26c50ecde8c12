package io.maitre.bot.redis;

import io.maitre.bot.CustomerUpdates;
import io.maitre.bot.LocalPushes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Production mode: the instance that sees an order change may not hold the customer's WebSocket,
 * so updates are published on a Redis channel and every instance delivers them to its own sockets.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "redis")
class RedisCustomerUpdates {

    static final ChannelTopic TOPIC = new ChannelTopic("maitre:customer-updates");
    private static final Logger log = LoggerFactory.getLogger(RedisCustomerUpdates.class);

    @Bean
    CustomerUpdates customerUpdates(StringRedisTemplate redis, JsonMapper json) {
        return update -> redis.convertAndSend(TOPIC.getTopic(), json.writeValueAsString(update));
    }

    @Bean
    RedisMessageListenerContainer customerUpdateListener(RedisConnectionFactory connections, JsonMapper json,
            LocalPushes local) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        MessageListener listener = (Message message, byte[] pattern) -> {
            try {
                local.deliver(json.readValue(message.getBody(), CustomerUpdates.CustomerUpdate.class));
            } catch (RuntimeException e) {
                log.warn("Dropped an unreadable customer update", e);
            }
        };
        container.addMessageListener(listener, TOPIC);
        return container;
    }
}
